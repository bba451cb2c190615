package org.beatbridge.geography;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BlockLevelTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "1842 W Fargo Ave|018XX W FARGO AVE", "1842 W. FARGO AVE|018XX W FARGO AVE",
			"  1842   w fargo ave  |018XX W FARGO AVE", "5|000XX W MADISON ST", "12345 S Halsted St|123XX S HALSTED ST",
			"3501 N Southport Ave, Chicago, IL 60657|035XX N SOUTHPORT AVE",
			"3501 N Southport Ave Apt 2R|035XX N SOUTHPORT AVE", "3501 N Southport Ave #2R|035XX N SOUTHPORT AVE",
			"1234-1240 W 63rd St|012XX W 63RD ST" })
	void reducesAnAddressToItsBlock(String exact, String block) {
		String input = exact.equals("5") ? "5 W Madison St" : exact;
		assertThat(BlockLevel.address(input)).isEqualTo(block);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "Wrigley Field", "behind the school on Fargo", "1842", "1842 !!!",
			"N Clark St & W Fargo Ave", "1842 <script>alert(1)</script>" })
	void neverReturnsTheTextWhenItIsNotAnAddress(String text) {
		assertThat(BlockLevel.address(text)).isEqualTo(BlockLevel.UNKNOWN_BLOCK);
	}

	@Test
	void snapsAPointToTheCentreOfItsBlockSizedCell() {
		BlockLevel.Point block = BlockLevel.point(41.967412455, -87.704773815);
		assertThat(block.latitude()).isEqualTo(41.9675);
		assertThat(block.longitude()).isEqualTo(-87.704375);
		// Two houses on the same block share the point; it is at most ~70 m from either.
		assertThat(BlockLevel.point(41.9671, -87.7041)).isEqualTo(block);
		assertThat(Math.abs(block.latitude() - 41.967412455) * 111_000).isLessThan(60);
	}

	@Test
	void keepsPointsOfDifferentBlocksApart() {
		assertThat(BlockLevel.point(41.9671, -87.7041)).isNotEqualTo(BlockLevel.point(41.9681, -87.7041));
	}

	@Test
	void rejectsSomethingThatIsNotAPointOnEarth() {
		assertThatIllegalArgumentException().isThrownBy(() -> BlockLevel.point(91, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> BlockLevel.point(Double.NaN, 0));
	}

}
