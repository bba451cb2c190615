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
 * level whatever the rate.
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
		int baselineWeeks = this.settings.baselineWeeks();
		List<Run> runs = new ArrayList<>();
		int runStart = -1;
		int observed = 0;
		double expected = 0;
		double smallestP = 1;
		for (int week = Math.max(0, firstComplete) + baselineWeeks; week < counts.length; week++) {
			int baselineEnd = (runStart >= 0) ? runStart : week;
			int baselineSum = 0;
			for (int i = baselineEnd - baselineWeeks; i < baselineEnd; i++) {
				baselineSum += counts[i];
			}
			double p = pValue(counts[week], baselineSum);
			if (p < this.settings.significance()) {
				if (runStart < 0) {
					runStart = week;
					observed = 0;
					expected = 0;
					smallestP = 1;
				}
				observed += counts[week];
				expected += (double) baselineSum / baselineWeeks;
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

	/**
	 * The chance of {@code count} or more in a week if its rate were the baseline's, or 1
	 * when the count is too small or too close to the baseline to matter.
	 */
	public double pValue(int count, int baselineSum) {
		int baselineWeeks = this.settings.baselineWeeks();
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
	 * @param pValue the smallest weekly p-value in the run
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
