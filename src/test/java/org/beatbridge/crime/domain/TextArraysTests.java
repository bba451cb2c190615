package org.beatbridge.crime.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextArraysTests {

	@Test
	void readsTheElementsOfAnArrayAsPostgresPrintsIt() {
		// printed by PostgreSQL 14 for ARRAY['arson', 'drug sales', 'say "hi"', 'a,b',
		// 'back\slash', '', 'NULL', '{x}']::text
		assertThat(TextArrays
			.elements("{arson,\"drug sales\",\"say \\\"hi\\\"\",\"a,b\",\"back\\\\slash\",\"\",\"NULL\",\"{x}\"}"))
			.containsExactly("arson", "drug sales", "say \"hi\"", "a,b", "back\\slash", "", "NULL", "{x}");
	}

	@Test
	void readsAnEmptyArrayAndASingleElement() {
		assertThat(TextArrays.elements("{}")).isEmpty();
		assertThat(TextArrays.elements("{theft}")).containsExactly("theft");
	}

}
