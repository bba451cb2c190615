package org.beatbridge.crime.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.beatbridge.crime.BeatCrimeSummary;
import org.beatbridge.crime.BeatCrimeSummary.CategorySeries;
import org.beatbridge.crime.BeatCrimeSummary.WeekCount;
import org.beatbridge.crime.CrimeProblems;
import org.beatbridge.crime.CrimeStatistics;
import org.beatbridge.crime.CrimeUptick;
import org.beatbridge.geography.BeatDetails;
import org.beatbridge.geography.Beats;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Answers from the weekly counts and the stored upticks: a summary reads a few hundred
 * rows by primary key, whatever the number of incidents.
 */
@Service
class WeeklyCrimeStatistics implements CrimeStatistics {

	private static final Pattern BEAT = Pattern.compile("\\d{1,4}");

	private static final Pattern DISTRICT = Pattern.compile("\\d{1,3}");

	private static final int DEFAULT_WEEKS = 12;

	private static final int MAX_WEEKS = 157;

	private static final RowMapper<CrimeUptick> UPTICK = (rs, row) -> new CrimeUptick(rs.getString("beat"),
			rs.getString("district"), rs.getString("category"), rs.getDate("first_week").toLocalDate(),
			rs.getDate("last_week").toLocalDate(), rs.getInt("observed"), rs.getDouble("expected"),
			rs.getDouble("observed") / Math.max(rs.getDouble("expected"), 1e-9), rs.getDouble("p_value"));

	private final JdbcClient jdbc;

	private final Beats beats;

	WeeklyCrimeStatistics(JdbcClient jdbc, Beats beats) {
		this.jdbc = jdbc;
		this.beats = beats;
	}

	@Override
	public BeatCrimeSummary beatSummary(String beatNumber, Optional<LocalDate> from, Optional<LocalDate> to) {
		if (!BEAT.matcher(beatNumber).matches()) {
			throw CrimeProblems.invalidParameter("beat",
					"Parameter 'beat' must be a beat number of up to four digits, such as 1713.");
		}
		BeatDetails beat = this.beats.find(beatNumber).orElseThrow(() -> CrimeProblems.unknownBeat(beatNumber));
		LocalDate last = monday(to.orElseGet(this::latestWeek));
		LocalDate first = monday(from.orElse(last.minusWeeks(DEFAULT_WEEKS - 1)));
		if (first.isAfter(last)) {
			throw CrimeProblems.invalidParameter("from", "Parameter 'from' must not be after 'to'.");
		}
		int weeks = (int) ChronoUnit.WEEKS.between(first, last) + 1;
		if (weeks > MAX_WEEKS) {
			throw CrimeProblems.invalidParameter("from",
					"Parameter 'from' must be at most three years (" + MAX_WEEKS + " weeks) before 'to'.");
		}
		Map<String, int[]> counts = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT category, week_start, incidents FROM crime_weekly_beat_counts
				WHERE beat = ? AND week_start BETWEEN ? AND ?""").params(beat.beat(), first, last).query((rs, row) -> {
			int week = (int) ChronoUnit.WEEKS.between(first, rs.getDate(2).toLocalDate());
			counts.computeIfAbsent(rs.getString(1), (category) -> new int[weeks])[week] = rs.getInt(3);
			return null;
		}).list();
		List<CategorySeries> categories = new ArrayList<>();
		counts.forEach((category, series) -> {
			List<WeekCount> weekly = new ArrayList<>(weeks);
			int total = 0;
			for (int i = 0; i < weeks; i++) {
				weekly.add(new WeekCount(first.plusWeeks(i), series[i]));
				total += series[i];
			}
			categories.add(new CategorySeries(category, total, weekly));
		});
		categories
			.sort(Comparator.comparingInt(CategorySeries::total).reversed().thenComparing(CategorySeries::category));
		List<CrimeUptick> upticks = this.jdbc.sql("""
				SELECT * FROM crime_upticks WHERE beat = ? AND last_week >= ? AND first_week <= ?
				ORDER BY first_week, category""").params(beat.beat(), first, last).query(UPTICK).list();
		return new BeatCrimeSummary(beat.beat(), beat.district(), first, last, categories, upticks);
	}

	@Override
	public List<CrimeUptick> upticks(Optional<String> district, Optional<LocalDate> since) {
		Optional<String> known = district.map(this::knownDistrict);
		LocalDate from = since.orElseGet(() -> latestWeek().minusWeeks(3));
		if (known.isPresent()) {
			return this.jdbc.sql("""
					SELECT * FROM crime_upticks WHERE district = ? AND last_week >= ?
					ORDER BY p_value, beat, category""").params(known.get(), from).query(UPTICK).list();
		}
		return this.jdbc.sql("SELECT * FROM crime_upticks WHERE last_week >= ? ORDER BY p_value, beat, category")
			.params(from)
			.query(UPTICK)
			.list();
	}

	private String knownDistrict(String district) {
		String number = district.trim();
		if (!DISTRICT.matcher(number).matches()) {
			throw CrimeProblems.invalidParameter("district",
					"Parameter 'district' must be a district number, such as 8 or 008.");
		}
		String unpadded = Integer.toString(Integer.parseInt(number));
		return this.beats.all()
			.stream()
			.map(BeatDetails::district)
			.filter(unpadded::equals)
			.findFirst()
			.orElseThrow(() -> CrimeProblems.invalidParameter("district",
					"Parameter 'district': there is no district " + number + "."));
	}

	/** The latest week with data: the portal publishes with a delay, so not this week. */
	@Override
	public Optional<LocalDate> firstWeekWithData() {
		return Optional.ofNullable(this.jdbc.sql("SELECT min(week_start) FROM crime_weekly_beat_tallies")
			.query(LocalDate.class)
			.list()
			.get(0));
	}

	private LocalDate latestWeek() {
		LocalDate latest = this.jdbc.sql("SELECT max(week_start) FROM crime_weekly_beat_tallies")
			.query(LocalDate.class)
			.list()
			.get(0);
		return (latest != null) ? latest : monday(LocalDate.now());
	}

	private static LocalDate monday(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

}
