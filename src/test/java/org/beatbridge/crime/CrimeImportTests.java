package org.beatbridge.crime;

import org.beatbridge.SharedData;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import org.beatbridge.crime.domain.Upticks;
import org.beatbridge.crime.domain.WeeklyCounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SpringBootTest
@RecordApplicationEvents
class CrimeImportTests {

	static final Path EXTRACT_2015 = SharedData.file("crimes/chicagoCrimes10k_2015.csv");

	@Autowired
	CrimeImport crimes;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WeeklyCounts weeklyCounts;

	@Autowired
	DataSource dataSource;

	@Autowired
	Upticks upticks;

	@BeforeEach
	void startEmpty() {
		this.jdbc.sql("TRUNCATE crime_incidents, crime_weekly_beat_tallies, crime_upticks, crime_upticks_pending")
			.update();
	}

	@Test
	void importsTheRealRowsOfThePortalExport() {
		ImportSummary summary = this.crimes.importFile(EXTRACT_2015);

		assertThat(summary.rowsRead()).isEqualTo(9999);
		assertThat(summary.inserted()).isEqualTo(9999 - summary.rejectedCount());
		assertThat(summary.rejectedCount()).isLessThan(10);
		assertThat(count("SELECT count(*) FROM crime_incidents")).isEqualTo(summary.inserted());
		assertThat(count("SELECT count(*) FROM crime_incidents WHERE assigned_beat IS NULL")).isZero();
		assertThat(count("SELECT count(DISTINCT assigned_beat) FROM crime_incidents")).isEqualTo(274);
		Map<String, Object> first = this.jdbc
			.sql("SELECT occurred_at::text AS occurred_at, beat, assigned_beat, assigned_district, category, arrest "
					+ "FROM crime_incidents WHERE id = 9955810")
			.query()
			.singleRow();
		assertThat(first).containsEntry("occurred_at", "2015-02-08 23:43:40")
			.containsEntry("beat", "0422")
			.containsEntry("assigned_beat", "0422")
			.containsEntry("assigned_district", "4")
			.containsEntry("category", "drug-possession")
			.containsEntry("arrest", true);
		assertThat(count("SELECT sum(incidents) FROM crime_weekly_beat_counts")).isEqualTo(summary.inserted());
		assertThat(count("SELECT sum(incidents) FROM crime_weekly_district_counts")).isEqualTo(summary.inserted());
	}

	@Test
	void storesEveryPublishedColumnAsPostgresOwnCsvCopyReadsIt() throws Exception {
		ImportSummary summary = this.crimes.importFile(EXTRACT_2015);
		String columns = "id, case_number, occurred_at, block, iucr, primary_type, description, location_description, "
				+ "arrest, domestic, beat, district, ward, community_area, fbi_code, x_coordinate, y_coordinate, year, "
				+ "updated_on, latitude, longitude, location";
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement();
				InputStream in = Files.newInputStream(EXTRACT_2015)) {
			statement.execute("SET DateStyle = 'ISO, MDY'");
			statement.execute("CREATE TEMP TABLE portal_copy (" + CrimeImportBenchmark.PORTAL_TYPES + ")");
			long copied = connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY portal_copy FROM STDIN (FORMAT csv, HEADER true)", in);
			assertThat(copied).isEqualTo(summary.rowsRead());
			try (ResultSet differing = statement.executeQuery("SELECT count(*) FROM (SELECT " + columns
					+ " FROM crime_incidents EXCEPT SELECT " + columns + " FROM portal_copy) d")) {
				differing.next();
				assertThat(differing.getLong(1)).isZero();
			}
			statement.execute("DROP TABLE portal_copy");
		}
	}

	@Test
	void importingTheSameFileTwiceChangesNothing() {
		ImportSummary first = this.crimes.importFile(EXTRACT_2015);
		List<Map<String, Object>> counts = weeklyCounts();

		ImportSummary second = this.crimes.importFile(EXTRACT_2015);

		assertThat(second.inserted()).isZero();
		assertThat(second.updated()).isZero();
		assertThat(second.unchanged()).isEqualTo(first.inserted());
		assertThat(second.upticksDetected()).isZero();
		assertThat(weeklyCounts()).isEqualTo(counts);
		this.weeklyCounts.recountAll();
		assertThat(weeklyCounts()).isEqualTo(counts);
	}

	@Test
	void aLaterUpdatedOnReplacesTheIncidentAndItsCounts() {
		String date = "02/03/2015 10:00:00 PM";
		this.crimes.importFrom(PortalCsv.file()
			.row(1, date, "1320", "CRIMINAL DAMAGE", "0422", "", "", "02/15/2015 12:43:39 PM")
			.stream());

		ImportSummary older = this.crimes.importFrom(
				PortalCsv.file().row(1, date, "0820", "THEFT", "0422", "", "", "02/14/2015 12:43:39 PM").stream());
		ImportSummary newer = this.crimes.importFrom(
				PortalCsv.file().row(1, date, "0820", "THEFT", "0423", "", "", "02/16/2015 08:00:00 AM").stream());

		assertThat(older.unchanged()).isEqualTo(1);
		assertThat(newer.updated()).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT category FROM crime_incidents WHERE id = 1").query(String.class).single())
			.isEqualTo("theft");
		assertThat(weeklyCounts()).containsExactly(
				Map.of("beat", "0423", "week_start", Date.valueOf("2015-02-02"), "category", "theft", "incidents", 1));
	}

	@Test
	void weeklyCountsAgreeWithCountingTheIncidentsAfterOverlappingImports() {
		String[][] types = { { "1320", "CRIMINAL DAMAGE" }, { "0820", "THEFT" }, { "0486", "BATTERY" },
				{ "2027", "NARCOTICS" }, { "0610", "BURGLARY" } };
		String[] beats = { "0422", "0423", "1713", "0111", "2533", "9999" };
		LocalDateTime start = LocalDateTime.of(2015, 1, 5, 10, 0);
		PortalCsv first = PortalCsv.file();
		for (int id = 1; id <= 12_000; id++) {
			first.row(id, PortalCsv.timestamp(start.plusMinutes(id * 37L)), types[id % 5][0], types[id % 5][1],
					beats[id % 6], "", "", "02/15/2015 12:43:39 PM");
		}
		// a later export: a third of the overlap moved to another week, beat and
		// category,
		// the rest unchanged, new incidents after them, one ID twice
		PortalCsv later = PortalCsv.file();
		for (int id = 20_000; id >= 8_001; id--) {
			boolean moved = id <= 12_000 && id % 3 == 0;
			int kind = moved ? id + 2 : id;
			later.row(id, PortalCsv.timestamp(start.plusMinutes(id * 37L + (moved ? 9 * 24 * 60 : 0))),
					types[kind % 5][0], types[kind % 5][1], beats[(kind + (moved ? 1 : 0)) % 6], "", "",
					moved ? "03/01/2015 08:00:00 AM" : "02/15/2015 12:43:39 PM");
		}
		later.row(15_000, PortalCsv.timestamp(start), "0820", "THEFT", "0422", "", "", "03/02/2015 08:00:00 AM");

		this.crimes.importFrom(first.stream());
		ImportSummary overlapping = this.crimes.importFrom(later.stream());
		ImportSummary again = this.crimes.importFrom(later.stream());

		// the repeated ID is an update or a rejection, as its rows fall in one batch or
		// two
		assertThat(overlapping.updated() + overlapping.rejectedCount()).isEqualTo(4000 / 3 + 1 + 1);
		assertThat(overlapping.inserted()).isEqualTo(8000);
		assertThat(again.inserted() + again.updated()).isZero();
		assertThat(weeklyCounts()).isNotEmpty().isEqualTo(this.jdbc.sql("""
				SELECT assigned_beat AS beat, date_trunc('week', occurred_at)::date AS week_start, category,
				  count(*)::INTEGER AS incidents
				FROM crime_incidents WHERE assigned_beat IS NOT NULL
				GROUP BY 1, 2, 3 ORDER BY 1, 2, 3""").query().listOfRows());
		assertThat(this.jdbc.sql("""
				SELECT district, week_start, category, incidents FROM crime_weekly_district_counts
				ORDER BY 1, 2, 3""").query().listOfRows()).isEqualTo(this.jdbc.sql("""
				SELECT assigned_district AS district, date_trunc('week', occurred_at)::date AS week_start, category,
				  count(*)::INTEGER AS incidents
				FROM crime_incidents WHERE assigned_beat IS NOT NULL
				GROUP BY 1, 2, 3 ORDER BY 1, 2, 3""").query().listOfRows());
	}

	@Test
	void reportsBrokenRowsWithTheirLineAndImportsTheRest() {
		PortalCsv file = PortalCsv.file()
			.vandalism(1, LocalDateTime.of(2015, 2, 2, 10, 0), "0422")
			.row(2, "2015-02-02 10:00", "1320", "CRIMINAL DAMAGE", "0422", "", "", "02/15/2015 12:43:39 PM")
			.row(3, "02/30/2015 10:00:00 AM", "1320", "CRIMINAL DAMAGE", "0422", "", "", "02/15/2015 12:43:39 PM")
			.line(",HY4,02/02/2015 10:00:00 AM,X,1320,CRIMINAL DAMAGE,D,STREET,false,false,0422,004,7,46,14,,,2015,"
					+ "02/15/2015 12:43:39 PM,,,")
			.row(5, "02/02/2015 10:00:00 AM", "1320", "CRIMINAL DAMAGE", "0422", "40.7128", "-74.0060",
					"02/15/2015 12:43:39 PM")
			.line("6,HY6,02/02/2015 10:00:00 AM,too,few,columns")
			.vandalism(7, LocalDateTime.of(2015, 2, 3, 10, 0), "0422");

		ImportSummary summary = this.crimes.importFrom(file.stream());

		assertThat(summary.rowsRead()).isEqualTo(7);
		assertThat(summary.inserted()).isEqualTo(2);
		assertThat(summary.rejected()).extracting(RejectedRow::line).containsExactly(3L, 4L, 5L, 6L, 7L);
		assertThat(summary.rejected()).extracting(RejectedRow::reason)
			.containsExactly("unparseable Date '2015-02-02 10:00'", "unparseable Date '02/30/2015 10:00:00 AM'",
					"missing ID", "coordinates (40.7128, -74.0060) are outside the city",
					"expected 22 columns, found 6");
	}

	@Test
	void keepsTheLatestOfARepeatedIdAndReportsTheOther() {
		PortalCsv file = PortalCsv.file()
			.row(1, "02/02/2015 10:00:00 AM", "1320", "CRIMINAL DAMAGE", "0422", "", "", "02/16/2015 12:43:39 PM")
			.row(1, "02/02/2015 10:00:00 AM", "0820", "THEFT", "0422", "", "", "02/15/2015 12:43:39 PM");

		ImportSummary summary = this.crimes.importFrom(file.stream());

		assertThat(summary.inserted()).isEqualTo(1);
		assertThat(summary.rejected()).extracting(RejectedRow::line).containsExactly(3L);
		assertThat(this.jdbc.sql("SELECT category FROM crime_incidents WHERE id = 1").query(String.class).single())
			.isEqualTo("vandalism");
	}

	@Test
	void locatesTheBeatWhenTheFileHasNoneOrAnUnknownOne() {
		PortalCsv file = PortalCsv.file()
			.vandalism(1, LocalDateTime.of(2015, 2, 2, 10, 0), "")
			.vandalism(2, LocalDateTime.of(2015, 2, 2, 10, 0), "9999")
			.vandalism(3, LocalDateTime.of(2015, 2, 2, 10, 0), "422");

		this.crimes.importFrom(file.stream());

		assertThat(this.jdbc.sql("SELECT assigned_beat FROM crime_incidents ORDER BY id").query(String.class).list())
			.containsExactly("0422", "0422", "0422");
	}

	@Test
	void announcesAnUptickOnceWhenAnImportMakesItAppear(ApplicationEvents events) {
		PortalCsv[] files = quietThenBusy("0422");
		PortalCsv quiet = files[0];
		PortalCsv busy = files[1];

		assertThat(this.crimes.importFrom(quiet.stream()).upticksDetected()).isZero();
		assertThat(this.crimes.importFrom(busy.stream()).upticksDetected()).isEqualTo(1);
		assertThat(this.crimes.importFrom(busy.stream()).upticksDetected()).isZero();

		assertThat(events.stream(UpticksDetected.class).flatMap((found) -> found.upticks().stream())).singleElement()
			.satisfies((uptick) -> {
				assertThat(uptick.beat()).isEqualTo("0422");
				assertThat(uptick.district()).isEqualTo("4");
				assertThat(uptick.category()).isEqualTo("vandalism");
				assertThat(uptick.firstWeek()).isEqualTo(LocalDateTime.of(2015, 4, 13, 0, 0).toLocalDate());
				assertThat(uptick.observed()).isEqualTo(12);
				assertThat(uptick.expected()).isEqualTo(2.0);
			});
	}

	@Test
	void announcesTheUpticksOfOneImportTogether(ApplicationEvents events) {
		PortalCsv[] files = quietThenBusy("0422", "1713");

		this.crimes.importFrom(files[0].stream());
		assertThat(this.crimes.importFrom(files[1].stream()).upticksDetected()).isEqualTo(2);

		assertThat(events.stream(UpticksDetected.class)).singleElement()
			.satisfies((found) -> assertThat(found.upticks()).extracting(UptickDetected::beat)
				.containsExactlyInAnyOrder("0422", "1713"));
	}

	@Test
	void filesImportedInARowHaveTheirCountsAndUpticksBroughtUpToDateOnceAfterTheLast(ApplicationEvents events) {
		PortalCsv[] files = quietThenBusy("0422", "1713");
		List<ImportSummary> summaries = new ArrayList<>();

		ImportSummary row = this.crimes.importInRow(List.of(source(files[0]), source(files[1])), listener(summaries));

		assertThat(summaries).extracting(ImportSummary::upticksDetected).containsExactly(0, 0);
		assertThat(row.upticksDetected()).isEqualTo(2);
		assertThat(row.rowsRead()).isEqualTo(summaries.get(0).rowsRead() + summaries.get(1).rowsRead());
		assertThat(count("SELECT count(*) FROM crime_upticks_pending")).isZero();
		assertThat(events.stream(UpticksDetected.class)).singleElement()
			.satisfies((found) -> assertThat(found.upticks()).extracting(UptickDetected::beat)
				.containsExactlyInAnyOrder("0422", "1713"));
		List<Map<String, Object>> counts = weeklyCounts();
		List<Map<String, Object>> upticks = storedUpticks();
		this.weeklyCounts.recountAll();
		this.upticks.refreshAll();
		assertThat(weeklyCounts()).isEqualTo(counts);
		assertThat(storedUpticks()).hasSize(2).isEqualTo(upticks);
	}

	@Test
	void upticksAnInterruptedImportLeftAreRecomputedByTheNextImport() {
		PortalCsv[] files = quietThenBusy("0422");
		this.crimes.importFrom(files[0].stream());
		this.crimes.importFrom(files[1].stream());
		// an import noted its beats and died before recomputing them
		this.jdbc.sql("TRUNCATE crime_upticks").update();
		this.upticks.defer(List.of("0422"), LocalDateTime.of(2015, 1, 5, 0, 0).toLocalDate());

		// the same file again changes nothing, yet finds the uptick left to do
		assertThat(this.crimes.importFrom(files[1].stream()).upticksDetected()).isEqualTo(1);
		assertThat(count("SELECT count(*) FROM crime_upticks_pending")).isZero();
	}

	@Test
	void aCommandsNextFileFindsTheIncidentsItsEarlierFilesStored() {
		PortalCsv january = PortalCsv.file();
		PortalCsv february = PortalCsv.file();
		LocalDateTime monday = LocalDateTime.of(2015, 1, 5, 10, 0);
		for (long id = 10; id <= 100; id += 10) {
			january.vandalism(id, monday, "0422");
			// late reports of January, numbered between January's incidents
			february.vandalism(id + 5, monday.plusWeeks(5), "0422");
		}
		// one January incident again, updated
		february.row(50, PortalCsv.timestamp(monday), "1320", "CRIMINAL DAMAGE", "0422", "41.747693646",
				"-87.549035389", "03/01/2015 09:00:00 AM");

		List<ImportSummary> summaries = inRow(january, february, january);
		ImportSummary second = summaries.get(1);
		ImportSummary again = summaries.get(2);

		assertThat(second.inserted()).isEqualTo(10);
		assertThat(second.updated()).isEqualTo(1);
		assertThat(again.unchanged()).isEqualTo(10);
		assertThat(count("SELECT count(*) FROM crime_incidents")).isEqualTo(20);
		assertThat(this.jdbc.sql("SELECT updated_on::text FROM crime_incidents WHERE id = 50")
			.query(String.class)
			.single()).isEqualTo("2015-03-01 09:00:00");
	}

	@Test
	void aFileThatFailsInARowImportsNoneOfTheFiles() {
		LocalDateTime monday = LocalDateTime.of(2015, 1, 5, 10, 0);
		PortalCsv first = PortalCsv.file().vandalism(1, monday, "0422").vandalism(2, monday, "0422");
		PortalCsv after = PortalCsv.file().vandalism(3, monday, "0422");
		List<ImportSummary> summaries = new ArrayList<>();
		List<ImportSource> sources = List.of(source(first),
				new ImportSource("people.csv", () -> new ByteArrayInputStream("name,beat\nx,0422\n".getBytes())),
				source(after));

		assertThatExceptionOfType(CrimeImportFailed.class)
			.isThrownBy(() -> this.crimes.importInRow(sources, listener(summaries)))
			.withMessageContaining("Not a Crimes - 2001 to Present CSV export");

		assertThat(summaries).singleElement().satisfies((summary) -> assertThat(summary.inserted()).isEqualTo(2));
		assertThat(count("SELECT count(*) FROM crime_incidents")).isZero();
		assertThat(count("SELECT count(*) FROM crime_weekly_beat_tallies")).isZero();
	}

	private static ImportListener listener(List<ImportSummary> summaries) {
		return (file, summary) -> summaries.add(summary);
	}

	private List<ImportSummary> inRow(PortalCsv... files) {
		List<ImportSummary> summaries = new ArrayList<>();
		this.crimes.importInRow(Arrays.stream(files).map(CrimeImportTests::source).toList(), listener(summaries));
		return summaries;
	}

	private static ImportSource source(PortalCsv file) {
		return new ImportSource("file", file::stream);
	}

	/** Fourteen quiet weeks of two vandalisms in each beat, then a week of twelve. */
	private static PortalCsv[] quietThenBusy(String... beats) {
		PortalCsv quiet = PortalCsv.file();
		PortalCsv busy = PortalCsv.file();
		LocalDateTime monday = LocalDateTime.of(2015, 1, 5, 10, 0);
		long id = 1;
		for (String beat : beats) {
			for (int week = 0; week < 14; week++) {
				quiet.vandalism(id++, monday.plusWeeks(week), beat)
					.vandalism(id++, monday.plusWeeks(week).plusHours(1), beat);
			}
			for (int i = 0; i < 12; i++) {
				busy.vandalism(id++, monday.plusWeeks(14).plusHours(i), beat);
			}
		}
		return new PortalCsv[] { quiet, busy };
	}

	@Test
	void anUptickGrowsAcrossImportsAndMatchesACityWideRecomputation() {
		LocalDateTime monday = LocalDateTime.of(2015, 1, 5, 10, 0);
		PortalCsv quiet = PortalCsv.file();
		long id = 1;
		for (int week = 0; week < 14; week++) {
			quiet.vandalism(id++, monday.plusWeeks(week), "0422")
				.vandalism(id++, monday.plusWeeks(week).plusHours(1), "0422");
		}
		this.crimes.importFrom(quiet.stream());
		for (int week = 14; week < 17; week++) {
			PortalCsv next = PortalCsv.file();
			for (int i = 0; i < ((week < 16) ? 12 : 2); i++) {
				next.vandalism(id++, monday.plusWeeks(week).plusHours(i), "0422");
			}
			this.crimes.importFrom(next.stream());
		}
		List<Map<String, Object>> incremental = storedUpticks();

		this.upticks.refreshAll();

		assertThat(incremental).singleElement().satisfies((uptick) -> {
			assertThat(uptick).containsEntry("first_week", Date.valueOf("2015-04-13"))
				.containsEntry("last_week", Date.valueOf("2015-04-20"))
				.containsEntry("observed", 24);
		});
		assertThat(storedUpticks()).isEqualTo(incremental);
	}

	private List<Map<String, Object>> storedUpticks() {
		return this.jdbc
			.sql("SELECT beat, category, first_week, last_week, observed, expected, p_value "
					+ "FROM crime_upticks ORDER BY beat, category, first_week")
			.query()
			.listOfRows();
	}

	@Test
	void upticksOfImportsOverMoreThanAYearMatchACityWideRecomputation() {
		// two a week for 80 weeks; 12 a week in weeks 20-21 of both years (the second
		// time
		// the seasonal baseline expects it) and once in week 60
		LocalDateTime monday = LocalDateTime.of(2015, 1, 5, 10, 0);
		long id = 1;
		PortalCsv file = PortalCsv.file();
		for (int week = 0; week < 80; week++) {
			boolean busy = week == 20 || week == 21 || week == 60 || week == 72 || week == 73;
			for (int i = 0; i < (busy ? 12 : 2); i++) {
				file.vandalism(id++, monday.plusWeeks(week).plusHours(i), "0422");
			}
			if (week == 55 || (week > 55 && week % 4 == 3)) {
				this.crimes.importFrom(file.stream());
				file = PortalCsv.file();
			}
		}
		List<Map<String, Object>> incremental = storedUpticks();

		this.upticks.refreshAll();

		assertThat(incremental).extracting((uptick) -> uptick.get("first_week"))
			.containsExactly(Date.valueOf(monday.plusWeeks(20).toLocalDate()),
					Date.valueOf(monday.plusWeeks(60).toLocalDate()));
		assertThat(storedUpticks()).isEqualTo(incremental);
	}

	@Test
	void refusesAFileThatIsNotAPortalExport() {
		assertThatExceptionOfType(CrimeImportFailed.class)
			.isThrownBy(() -> this.crimes.importFrom(new ByteArrayInputStream("name,beat\nx,0422\n".getBytes())))
			.withMessageContaining("Not a Crimes - 2001 to Present CSV export");
	}

	@Test
	void aCrashMidFileLeavesNothingAndARerunFinishesTheJob() throws IOException {
		byte[] whole = Files.readAllBytes(EXTRACT_2015);
		InputStream dying = new FilterInputStream(new ByteArrayInputStream(whole)) {
			long read;

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				if (this.read > whole.length / 2) {
					throw new IOException("connection reset");
				}
				int n = super.read(buffer, offset, Math.min(length, 8192));
				this.read += Math.max(n, 0);
				return n;
			}
		};

		assertThatExceptionOfType(CrimeImportFailed.class).isThrownBy(() -> this.crimes.importFrom(dying))
			.withMessageContaining("connection reset");
		assertThat(count("SELECT count(*) FROM crime_incidents")).isZero();
		assertThat(count("SELECT count(*) FROM crime_weekly_beat_counts")).isZero();

		ImportSummary rerun = this.crimes.importFile(EXTRACT_2015);
		assertThat(rerun.inserted() + rerun.rejectedCount()).isEqualTo(9999);
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private List<Map<String, Object>> weeklyCounts() {
		return this.jdbc
			.sql("SELECT beat, week_start, category, incidents FROM crime_weekly_beat_counts "
					+ "ORDER BY beat, week_start, category")
			.query()
			.listOfRows();
	}

}
