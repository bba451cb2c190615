package org.beatbridge.crime.domain;

import java.util.ArrayList;
import java.util.List;

import org.beatbridge.crime.UptickSettings;

/**
 * Finds the runs of weeks in which a weekly count series rises significantly above its
 * own baseline. Each week is tested against the weeks before the run it would belong to,
 * with the exact conditional test for two Poisson rates: given {@code n = x + S}
 * incidents in the week ({@code x}) and its {@code B} baseline weeks ({@code S}), an
 * unchanged rate makes {@code x} binomial with {@code p = 1 / (B + 1)}. Conditioning
 * removes the unknown rate, so the false-positive rate stays at or below the significance
 * level whatever the rate. Where the series reaches a year back, a week must also pass
 * the same test against the same weeks a year earlier (both tests at the same level: a
 * rise the season brought last year too is not news, and the false-positive rate can only
 * fall).
 */
public final class UptickDetector {

	private final UptickSettings settings;

	public UptickDetector(UptickSettings settings) {
		this.settings = settings;
	}

	/**
	 * @param counts incidents per consecutive week
	 * @param firstComplete index of the first week whose data is complete; earlier weeks
	 * never enter a baseline
	 */
	public List<Run> detect(int[] counts, int firstComplete) {
		return detect(counts, firstComplete, 0);
	}

	/**
	 * @param counts incidents per consecutive week
	 * @param firstComplete index of the first week whose data is complete; earlier weeks
	 * never enter a baseline
	 * @param firstTested index of the first week to test; the week before it must not be
	 * part of a run (its counts and those before are as they were when it was tested)
	 */
	public List<Run> detect(int[] counts, int firstComplete, int firstTested) {
		int baselineWeeks = this.settings.baselineWeeks();
		int complete = Math.max(0, firstComplete);
		List<Run> runs = new ArrayList<>();
		int runStart = -1;
		int observed = 0;
		double expected = 0;
		double smallestP = 1;
		for (int week = Math.max(complete + baselineWeeks, firstTested); week < counts.length; week++) {
			int baselineEnd = (runStart >= 0) ? runStart : week;
			int baselineSum = sum(counts, baselineEnd - baselineWeeks, baselineEnd);
			double p = pValue(counts[week], baselineSum, baselineWeeks);
			double weekExpected = (double) baselineSum / baselineWeeks;
			int seasonFrom = week - UptickSettings.WEEKS_A_YEAR - this.settings.seasonalHalfWidth();
			if (p < this.settings.significance() && this.settings.seasonal() && seasonFrom >= complete) {
				// the rise must also stand out against the same weeks a year earlier
				int seasonWeeks = 2 * this.settings.seasonalHalfWidth() + 1;
				int seasonSum = sum(counts, seasonFrom, seasonFrom + seasonWeeks);
				p = Math.max(p, pValue(counts[week], seasonSum, seasonWeeks));
				weekExpected = Math.max(weekExpected, (double) seasonSum / seasonWeeks);
			}
			if (p < this.settings.significance()) {
				if (runStart < 0) {
					runStart = week;
					observed = 0;
					expected = 0;
					smallestP = 1;
				}
				observed += counts[week];
				expected += weekExpected;
				smallestP = Math.min(smallestP, p);
			}
			else if (runStart >= 0) {
				runs.add(new Run(runStart, week - 1, observed, expected, smallestP));
				runStart = -1;
			}
		}
		if (runStart >= 0) {
			runs.add(new Run(runStart, counts.length - 1, observed, expected, smallestP));
		}
		return runs;
	}

	private static int sum(int[] counts, int from, int to) {
		int sum = 0;
		for (int i = from; i < to; i++) {
			sum += counts[i];
		}
		return sum;
	}

	/**
	 * The chance of {@code count} or more in a week if its rate were the baseline's, or 1
	 * when the count is too small or too close to the baseline to matter.
	 */
	public double pValue(int count, int baselineSum) {
		return pValue(count, baselineSum, this.settings.baselineWeeks());
	}

	private double pValue(int count, int baselineSum, int baselineWeeks) {
		if (count < this.settings.minimumCount()
				|| count < this.settings.minimumRatio() * baselineSum / (double) baselineWeeks) {
			return 1;
		}
		return binomialUpperTail(count + baselineSum, count, 1.0 / (baselineWeeks + 1));
	}

	/** P(X >= k) for X ~ Binomial(n, p), summed in log space from k upwards. */
	static double binomialUpperTail(int n, int k, double p) {
		double logP = Math.log(p);
		double logQ = Math.log1p(-p);
		double sum = 0;
		for (int i = k; i <= n; i++) {
			double term = Math
				.exp(LogFactorials.of(n) - LogFactorials.of(i) - LogFactorials.of(n - i) + i * logP + (n - i) * logQ);
			sum += term;
			if (term < sum * 1e-12) {
				break;
			}
		}
		return Math.min(1, sum);
	}

	/**
	 * A run of consecutive weeks above the baseline.
	 *
	 * @param firstWeek index of its first week
	 * @param lastWeek index of its last week
	 * @param observed incidents in the run
	 * @param expected incidents the baseline expects in the run
	 * @param pValue the smallest weekly p-value in the run (a week's p-value is the
	 * larger of its two tests where the same weeks a year earlier were tested too)
	 */
	public record Run(int firstWeek, int lastWeek, int observed, double expected, double pValue) {

	}

	/**
	 * ln(n!) from a table that grows on demand; a week's counts stay in the thousands.
	 */
	private static final class LogFactorials {

		private static volatile double[] table = new double[] { 0 };

		static double of(int n) {
			double[] current = table;
			if (n < current.length) {
				return current[n];
			}
			return grow(n)[n];
		}

		private static synchronized double[] grow(int n) {
			double[] current = table;
			if (n < current.length) {
				return current;
			}
			double[] grown = new double[Math.max(n + 1, current.length * 2)];
			System.arraycopy(current, 0, grown, 0, current.length);
			for (int i = current.length; i < grown.length; i++) {
				grown[i] = grown[i - 1] + Math.log(i);
			}
			table = grown;
			return grown;
		}

	}

}
