package org.beatbridge.problems;

import java.time.LocalDate;
import java.util.List;

import org.beatbridge.crime.CrimeImport;
import org.beatbridge.problems.domain.BeforeAfter;
import org.beatbridge.problems.domain.CrimeComparison;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The before/after measure on real incidents of January and February 2017, checked
 * against a count straight from the incident rows.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class BeforeAfterTests {

	@Autowired
	CrimeImport crimes;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CrimeComparison comparison;

	@BeforeEach
	void importJanuaryAndFebruary2017() {
		RealCrimeData.ensureImported(this.crimes, this.jdbc);
	}

	@Test
	void comparesTheFourWeeksBeforeAResponseWithTheFourWeeksFromItsStart() {
		// A response that started on Wednesday 1 February 2017 counts from Monday 30
		// January
		BeforeAfter measure = this.comparison.beforeAfter(List.of("1713", "1722"), List.of("theft", "burglary"),
				LocalDate.of(2017, 2, 1), 4);

		assertThat(measure.weeks()).isEqualTo(4);
		assertThat(measure.beforeFrom()).isEqualTo(LocalDate.of(2017, 1, 2));
		assertThat(measure.beforeTo()).isEqualTo(LocalDate.of(2017, 1, 29));
		assertThat(measure.afterFrom()).isEqualTo(LocalDate.of(2017, 1, 30));
		assertThat(measure.afterTo()).isEqualTo(LocalDate.of(2017, 2, 26));
		int before = countedFromTheRows(List.of("1713", "1722"), List.of("theft", "burglary"), "2017-01-02",
				"2017-01-30");
		int after = countedFromTheRows(List.of("1713", "1722"), List.of("theft", "burglary"), "2017-01-30",
				"2017-02-27");
		assertThat(before).isGreaterThan(10);
		assertThat(measure.beforeIncidents()).isEqualTo(before);
		assertThat(measure.afterIncidents()).isEqualTo(after);
	}

	@Test
	void shortensBothPeriodsAlikeWhenFewerCompleteWeeksHavePassed() {
		// The latest week with data (from Monday 27 February) holds only two days: it is
		// left out
		BeforeAfter measure = this.comparison.beforeAfter(List.of("0421"), List.of(), LocalDate.of(2017, 2, 13), 8);

		assertThat(measure.weeks()).isEqualTo(2);
		assertThat(measure.beforeFrom()).isEqualTo(LocalDate.of(2017, 1, 30));
		assertThat(measure.afterTo()).isEqualTo(LocalDate.of(2017, 2, 26));
		assertThat(measure.beforeIncidents())
			.isEqualTo(countedFromTheRows(List.of("0421"), List.of(), "2017-01-30", "2017-02-13"));
		assertThat(measure.afterIncidents())
			.isEqualTo(countedFromTheRows(List.of("0421"), List.of(), "2017-02-13", "2017-02-27"));
	}

	@Test
	void measuresNothingWhenNoCompleteWeekHasPassed() {
		BeforeAfter measure = this.comparison.beforeAfter(List.of("0421"), List.of(), LocalDate.of(2017, 2, 28), 4);

		assertThat(measure.isMeasured()).isFalse();
		assertThat(measure.beforeIncidents()).isZero();
	}

	/**
	 * Counted from the incidents themselves, not from the weekly counts the measure
	 * reads.
	 */
	private int countedFromTheRows(List<String> beats, List<String> categories, String from, String until) {
		return this.jdbc.sql("""
				SELECT count(*) FROM crime_incidents WHERE assigned_beat = ANY (?::text[])
				AND (cardinality(?::text[]) = 0 OR category = ANY (?::text[]))
				AND occurred_at >= ?::timestamp AND occurred_at < ?::timestamp""")
			.params(beats.toArray(String[]::new), categories.toArray(String[]::new), categories.toArray(String[]::new),
					from, until)
			.query(Integer.class)
			.single();
	}

}
