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
