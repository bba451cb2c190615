package org.beatbridge.crime.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BlockNamesTests {

	@Test
	void readsATypedAddressAsThePortalWritesItsBlock() {
		BlockNames.Block typed = BlockNames.parse("1842 West Fargo Avenue").orElseThrow();
		BlockNames.Block portal = BlockNames.parse("018XX W FARGO AVE").orElseThrow();
		assertThat(typed).isEqualTo(portal);
		assertThat(portal.hundred()).isEqualTo(18);
		assertThat(portal.street()).isEqualTo("W FARGO AVE");
	}

	@Test
	void acceptsPunctuationCaseAndAUnit() {
		assertThat(BlockNames.parse("1800 w. fargo ave., apt 2")).contains(new BlockNames.Block(18, "W FARGO AVE"));
	}

	@Test
	void refusesWhatIsNotANumberAndAStreet() {
		assertThat(BlockNames.parse("near the park")).isEmpty();
		assertThat(BlockNames.parse("")).isEmpty();
		assertThat(BlockNames.parse(null)).isEmpty();
		assertThat(BlockNames.parse("1800")).isEmpty();
	}

	@Test
	void findsTheCoreOfAStreetName() {
		assertThat(BlockNames.core("W FARGO AVE")).isEqualTo("FARGO");
		assertThat(BlockNames.core("S DR MARTIN LUTHER KING JR DR")).isEqualTo("DR MARTIN LUTHER KING JR");
		assertThat(BlockNames.core("BROADWAY")).isEqualTo("BROADWAY");
		assertThat(BlockNames.core("N AVE")).isEqualTo("AVE");
	}

}
