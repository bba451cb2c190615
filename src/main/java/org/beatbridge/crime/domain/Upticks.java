package org.beatbridge.crime.domain;

import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.beatbridge.crime.UptickDetected;
import org.beatbridge.crime.UptickSettings;
import org.beatbridge.crime.UpticksDetected;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored upticks, recomputed per beat from the weekly counts. The upticks that were
 * not there before are announced together with {@link UpticksDetected} in the same
 * transaction.
 */
@Component
public class Upticks {

	private static final Logger log = LoggerFactory.getLogger(Upticks.class);

	private final JdbcClient jdbc;

	private static final int BATCH = 1000;

	private final JdbcTemplate batches;

	private final ApplicationEventPublisher events;

	private final UptickSettings settings;

	private final UptickDetector detector;

	Upticks(JdbcClient jdbc, JdbcTemplate batches, ApplicationEventPublisher events, UptickSettings settings) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.events = events;
		this.settings = settings;
		this.detector = new UptickDetector(settings);
	}

	/** Recomputes the upticks of every beat: after editing the category rules, say. */
	@Transactional
	public int refreshAll() {
		List<String> beats = this.jdbc.sql("SELECT DISTINCT beat FROM crime_weekly_beat_tallies")
			.query(String.class)
			.list();
		return refresh(beats);
	}

	/**
	 * @return the upticks that are new
	 */
	@Transactional
	public int refresh(List<String> beats) {
		return refresh(beats, null);
	}

	/**
	 * Notes that the upticks of these beats are to be recomputed from {@code changedFrom}
	 * on, in the caller's transaction (an import's): {@link #refreshPending} does it.
	 */
	@Transactional
	public void defer(List<String> beats, LocalDate changedFrom) {
		if (beats.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				INSERT INTO crime_upticks_pending (beat, changed_from) SELECT unnest(:beats), :from
				ON CONFLICT (beat) DO UPDATE SET changed_from = least(crime_upticks_pending.changed_from,
				  excluded.changed_from)""")
			.param("beats", beats.toArray(String[]::new))
			.param("from", changedFrom)
			.update();
	}

	/**
	 * Recomputes the upticks {@link #defer} left to do, from the earliest week noted.
	 * @return the upticks that are new
	 */
	@Transactional
	public int refreshPending() {
		List<String> beats = new ArrayList<>();
		LocalDate[] from = new LocalDate[1];
		this.jdbc.sql("DELETE FROM crime_upticks_pending RETURNING beat, changed_from").query((rs) -> {
			beats.add(rs.getString(1));
			LocalDate week = rs.getDate(2).toLocalDate();
			if (from[0] == null || week.isBefore(from[0])) {
				from[0] = week;
			}
		});
		return refresh(beats, from[0]);
	}

	/**
	 * Recomputes the upticks of these beats from {@code changedFrom} on: the weeks before
	 * it did not change, so neither did their tests, and only the weeks from there (or
	 * from the start of a run still going on then) are tested again, reading the counts
	 * their baselines need.
	 * @param changedFrom the earliest week whose counts changed; {@code null} for all
	 * @return the upticks that are new
	 */
	@Transactional
	public int refresh(List<String> beats, LocalDate changedFrom) {
		if (beats.isEmpty()) {
			return 0;
		}
		// one array parameter, not hundreds of placeholders: less to parse, bind, plan
		String[] array = beats.toArray(String[]::new);
		Map<String, Object> range = this.jdbc
			.sql("SELECT min(week_start) AS first_week, max(week_start) AS last_week FROM crime_weekly_beat_tallies")
			.query()
			.singleRow();
		if (range.get("first_week") == null) {
			this.jdbc.sql("DELETE FROM crime_upticks WHERE beat = ANY (:beats)").param("beats", array).update();
			return 0;
		}
		LocalDate firstWeek = ((Date) range.get("first_week")).toLocalDate();
		LocalDate lastWeek = ((Date) range.get("last_week")).toLocalDate();
		LocalDate from = (changedFrom == null || changedFrom.isBefore(firstWeek)) ? firstWeek : changedFrom;
		// a run going on the week before must be tested again from its start
		List<Date> runStart = this.jdbc
			.sql("SELECT first_week FROM crime_upticks WHERE beat = ANY (:beats) AND last_week >= :before "
					+ "ORDER BY first_week LIMIT 1")
			.param("beats", array)
			.param("before", from.minusWeeks(1))
			.query(Date.class)
			.list();
		if (!runStart.isEmpty() && runStart.get(0).toLocalDate().isBefore(from)) {
			from = runStart.get(0).toLocalDate();
		}
		long started = System.nanoTime();
		// Only the weeks the tests from there on read: the baseline before them and, for
		// the seasonal baseline, the same weeks a year earlier (not the year between)
		LocalDate recent = from.minusWeeks(this.settings.baselineWeeks());
		LocalDate seasonFrom = recent;
		LocalDate seasonTo = recent;
		if (this.settings.seasonal()) {
			seasonFrom = from.minusWeeks(UptickSettings.WEEKS_A_YEAR + this.settings.seasonalHalfWidth());
			seasonTo = lastWeek.minusWeeks(UptickSettings.WEEKS_A_YEAR - this.settings.seasonalHalfWidth());
		}
		int weeks = (int) ChronoUnit.WEEKS.between(firstWeek, lastWeek) + 1;
		Map<String, Series> series = new HashMap<>();
		// the beat-week rows with their category arrays: a tenth of the rows of the view;
		// the arrays as text, split here: the driver's array decoding cost more than the
		// query, and its code was compiled again and again while imports ran
		this.jdbc
			.sql("""
					SELECT beat, district, (week_start - :first) / 7, categories::text, array_to_string(incidents, ',')
					FROM crime_weekly_beat_tallies
					WHERE beat = ANY (:beats) AND (week_start >= :recent OR week_start BETWEEN :seasonFrom AND :seasonTo)""")
			.param("first", firstWeek)
			.param("beats", array)
			.param("recent", recent)
			.param("seasonFrom", seasonFrom)
			.param("seasonTo", seasonTo)
			.query((rs) -> {
				String beat = rs.getString(1);
				int week = rs.getInt(3);
				List<String> categories = TextArrays.elements(rs.getString(4));
				String incidents = rs.getString(5);
				int start = 0;
				for (String category : categories) {
					int end = incidents.indexOf(',', start);
					int count = Integer.parseInt(incidents, start, (end < 0) ? incidents.length() : end, 10);
					start = end + 1;
					String key = beat + '|' + category;
					Series one = series.get(key);
					if (one == null) {
						one = new Series(beat, rs.getString(2), category, new int[weeks]);
						series.put(key, one);
					}
					one.counts()[week] = count;
				}
			});
		long read = System.nanoTime();
		int firstTested = (int) ChronoUnit.WEEKS.between(firstWeek, from);
		Map<String, UptickDetected> found = new HashMap<>();
		for (Series one : series.values()) {
			// The first week of the data is almost always partial: it never enters a
			// baseline
			for (UptickDetector.Run run : this.detector.detect(one.counts(), 1, firstTested)) {
				UptickDetected uptick = new UptickDetected(one.beat(), one.district(), one.category(),
						firstWeek.plusWeeks(run.firstWeek()), firstWeek.plusWeeks(run.lastWeek()), run.observed(),
						run.expected(), run.pValue());
				found.put(key(uptick.beat(), uptick.category(), uptick.firstWeek()), uptick);
			}
		}
		long tested = System.nanoTime();
		Map<String, UptickDetected> stored = new HashMap<>();
		this.jdbc.sql("""
				SELECT beat, district, category, first_week, last_week, observed, expected, p_value
				FROM crime_upticks WHERE beat = ANY (:beats) AND first_week >= :from""")
			.param("beats", array)
			.param("from", from)
			.query((rs, row) -> {
				UptickDetected uptick = new UptickDetected(rs.getString(1), rs.getString(2), rs.getString(3),
						rs.getDate(4).toLocalDate(), rs.getDate(5).toLocalDate(), rs.getInt(6), rs.getDouble(7),
						rs.getDouble(8));
				return stored.put(key(uptick.beat(), uptick.category(), uptick.firstWeek()), uptick);
			})
			.list();
		List<UptickDetected> added = new ArrayList<>();
		List<UptickDetected> changed = new ArrayList<>();
		for (Map.Entry<String, UptickDetected> entry : found.entrySet()) {
			UptickDetected uptick = entry.getValue();
			if (!stored.containsKey(entry.getKey())) {
				added.add(uptick);
			}
			else if (!uptick.equals(stored.get(entry.getKey()))) {
				changed.add(uptick);
			}
		}
		stored.keySet().removeAll(found.keySet());
		// One batch per kind of change: a year of a large city can add thousands at once
		this.batches.batchUpdate("""
				INSERT INTO crime_upticks (beat, district, category, first_week, last_week, observed, expected, p_value)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", added, BATCH, (statement, uptick) -> {
			statement.setString(1, uptick.beat());
			statement.setString(2, uptick.district());
			statement.setString(3, uptick.category());
			statement.setDate(4, Date.valueOf(uptick.firstWeek()));
			statement.setDate(5, Date.valueOf(uptick.lastWeek()));
			statement.setInt(6, uptick.observed());
			statement.setDouble(7, uptick.expected());
			statement.setDouble(8, uptick.pValue());
		});
		this.batches.batchUpdate("""
				UPDATE crime_upticks SET district = ?, last_week = ?, observed = ?, expected = ?, p_value = ?
				WHERE beat = ? AND category = ? AND first_week = ?""", changed, BATCH, (statement, uptick) -> {
			statement.setString(1, uptick.district());
			statement.setDate(2, Date.valueOf(uptick.lastWeek()));
			statement.setInt(3, uptick.observed());
			statement.setDouble(4, uptick.expected());
			statement.setDouble(5, uptick.pValue());
			statement.setString(6, uptick.beat());
			statement.setString(7, uptick.category());
			statement.setDate(8, Date.valueOf(uptick.firstWeek()));
		});
		this.batches.batchUpdate("DELETE FROM crime_upticks WHERE beat = ? AND category = ? AND first_week = ?",
				List.copyOf(stored.keySet()), BATCH, (statement, gone) -> {
					String[] parts = gone.split("\\|");
					statement.setString(1, parts[0]);
					statement.setString(2, parts[1]);
					statement.setDate(3, Date.valueOf(LocalDate.parse(parts[2])));
				});
		if (!added.isEmpty()) {
			this.events.publishEvent(new UpticksDetected(added));
		}
		log.debug("Upticks of {} beats tested from {}: {} series read in {} ms, tested in {} ms, stored in {} ms",
				beats.size(), from, series.size(), (read - started) / 1_000_000, (tested - read) / 1_000_000,
				(System.nanoTime() - tested) / 1_000_000);
		return added.size();
	}

	private static String key(String beat, String category, LocalDate firstWeek) {
		return beat + '|' + category + '|' + firstWeek;
	}

	private record Series(String beat, String district, String category, int[] counts) {

	}

}
