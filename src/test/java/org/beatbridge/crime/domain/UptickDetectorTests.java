package org.beatbridge.crime.domain;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.beatbridge.crime.UptickSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class UptickDetectorTests {

	private final UptickDetector detector = new UptickDetector(UptickSettings.DEFAULTS);

	@Test
	void findsAPlantedUptickAndTheWeeksItCovers() {
		Random random = new Random(7);
		int[] counts = poissonSeries(random, 4.0, 40);
		counts[30] = 16;
		counts[31] = 14;

		List<UptickDetector.Run> runs = this.detector.detect(counts, 0);

		assertThat(runs).hasSize(1);
		UptickDetector.Run run = runs.get(0);
		assertThat(run.firstWeek()).isEqualTo(30);
		assertThat(run.lastWeek()).isEqualTo(31);
		assertThat(run.observed()).isEqualTo(30);
		assertThat(run.expected()).isBetween(5.0, 12.0);
		assertThat(run.pValue()).isLessThan(0.001);
	}

	@Test
	void aStablePoissonSeriesStaysWithinTheDocumentedFalsePositiveRate() {
		Random random = new Random(2017);
		for (double rate : new double[] { 0.5, 2, 5, 10, 20, 50 }) {
			long flaggedWeeks = 0;
			long testedWeeks = 0;
			for (int series = 0; series < 2000; series++) {
				int[] counts = poissonSeries(random, rate, 64);
				for (UptickDetector.Run run : this.detector.detect(counts, 0)) {
					flaggedWeeks += run.lastWeek() - run.firstWeek() + 1;
				}
				testedWeeks += counts.length - UptickSettings.DEFAULTS.baselineWeeks();
			}
			assertThat((double) flaggedWeeks / testedWeeks).as("false-positive rate at %s a week", rate)
				.isLessThanOrEqualTo(0.001);
		}
	}

	@Test
	void smallCountsNeverTrigger() {
		int[] counts = new int[20];
		counts[19] = 4;

		assertThat(this.detector.detect(counts, 0)).isEmpty();
		assertThat(this.detector.pValue(4, 0)).isEqualTo(1.0);
	}

	@Test
	void aRiseWithinTheNoiseOfABusyBeatIsNotAnUptick() {
		assertThat(this.detector.pValue(45, 12 * 40)).isEqualTo(1.0);
		assertThat(this.detector.pValue(60, 12 * 40)).isLessThan(0.05).isGreaterThan(0.001);
	}

	@Test
	void computesTheBinomialTail() {
		// P(X >= 3) for X ~ Binomial(4, 0.5) = 5/16
		assertThat(UptickDetector.binomialUpperTail(4, 3, 0.5)).isCloseTo(0.3125, within(1e-12));
	}

	@Test
	void theFirstIncompleteWeeksNeverEnterABaseline() {
		int[] counts = new int[20];
		java.util.Arrays.fill(counts, 5);
		counts[0] = 0;
		counts[13] = 5;

		assertThat(this.detector.detect(counts, 1)).isEmpty();
	}

	@Test
	void theSeasonalBaselineKeepsAStableSeriesWithinTheDocumentedFalsePositiveRate() {
		Random random = new Random(2018);
		UptickDetector recentOnly = new UptickDetector(UptickSettings.DEFAULTS.withoutSeasons());
		for (double rate : new double[] { 0.5, 2, 5, 10, 20, 50 }) {
			long seasonalFlags = 0;
			long recentFlags = 0;
			long testedWeeks = 0;
			for (int series = 0; series < 1000; series++) {
				// two years and a quarter: the last 64 weeks are tested against last year
				// too
				int[] counts = poissonSeries(random, rate, 118);
				seasonalFlags += flaggedWeeks(this.detector.detect(counts, 0, 54));
				recentFlags += flaggedWeeks(recentOnly.detect(counts, 0, 54));
				testedWeeks += counts.length - 54;
			}
			double seasonalRate = (double) seasonalFlags / testedWeeks;
			System.out.printf(java.util.Locale.ROOT, "rate %s: seasonal %.4f %%, recent weeks only %.4f %%%n", rate,
					100 * seasonalRate, 100.0 * recentFlags / testedWeeks);
			assertThat(seasonalRate).as("false-positive rate at %s a week", rate).isLessThanOrEqualTo(0.001);
			assertThat(seasonalFlags).isLessThanOrEqualTo(recentFlags);
		}
	}

	@Test
	void aSummerRiseThatCameLastYearTooIsNotAnUptick() {
		int[] counts = summers(6, 20, 110);

		assertThat(new UptickDetector(UptickSettings.DEFAULTS.withoutSeasons()).detect(counts, 0, 60))
			.as("against the recent weeks alone, summer looks like an uptick")
			.extracting(UptickDetector.Run::firstWeek)
			.containsExactly(74);
		assertThat(this.detector.detect(counts, 0, 60)).isEmpty();
	}

	@Test
	void anUptickLastYearDidNotHaveIsStillFoundWithTheSeasonalBaseline() {
		int[] counts = summers(6, 20, 110);
		counts[100] = 20;

		List<UptickDetector.Run> runs = this.detector.detect(counts, 0, 60);

		assertThat(runs).singleElement().satisfies((run) -> {
			assertThat(run.firstWeek()).isEqualTo(100);
			assertThat(run.lastWeek()).isEqualTo(100);
			assertThat(run.expected()).isEqualTo(6.0);
		});
	}

	@Test
	void testingFromAWeekOutsideARunFindsWhatTestingEverythingFindsFromThere() {
		Random random = new Random(11);
		for (int series = 0; series < 200; series++) {
			int[] counts = poissonSeries(random, 3, 120);
			for (int planted = 20 + random.nextInt(10); planted < 120; planted += 15 + random.nextInt(20)) {
				counts[planted] += 12;
			}
			List<UptickDetector.Run> all = this.detector.detect(counts, 1);
			for (int from = 2; from < counts.length; from++) {
				int week = from - 1;
				if (all.stream().anyMatch((run) -> run.firstWeek() <= week && week <= run.lastWeek())) {
					continue;
				}
				int first = from;
				assertThat(this.detector.detect(counts, 1, from))
					.isEqualTo(all.stream().filter((run) -> run.firstWeek() >= first).toList());
			}
		}
	}

	/** {@code usual} a week, {@code summer} in weeks 22-31 of every 52. */
	private static int[] summers(int usual, int summer, int weeks) {
		int[] counts = new int[weeks];
		for (int week = 0; week < weeks; week++) {
			counts[week] = (week % 52 >= 22 && week % 52 <= 31) ? summer : usual;
		}
		return counts;
	}

	private static long flaggedWeeks(List<UptickDetector.Run> runs) {
		long weeks = 0;
		for (UptickDetector.Run run : runs) {
			weeks += run.lastWeek() - run.firstWeek() + 1;
		}
		return weeks;
	}

	static int[] poissonSeries(Random random, double rate, int weeks) {
		int[] counts = new int[weeks];
		double limit = Math.exp(-rate);
		for (int week = 0; week < weeks; week++) {
			int k = 0;
			double product = random.nextDouble();
			while (product > limit) {
				k++;
				product *= random.nextDouble();
			}
			counts[week] = k;
		}
		return counts;
	}

}
