package org.beatbridge.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class ImportCrimesCommandTests {

	static final String HEADER = "ID,Case Number,Date,Block,IUCR,Primary Type,Description,Location Description,"
			+ "Arrest,Domestic,Beat,District,Ward,Community Area,FBI Code,X Coordinate,Y Coordinate,Year,"
			+ "Updated On,Latitude,Longitude,Location";

	@Autowired
	ApplicationContext context;

	@TempDir
	Path folder;

	@Test
	void importsFilesShowsProgressAndSummarisesEach() throws IOException {
		Path file = this.folder.resolve("crimes.csv");
		Files.writeString(file, HEADER + "\n"
				+ "88000001,HY1,02/08/2015 11:43:40 PM,081XX S COLES AVE,1320,CRIMINAL DAMAGE,TO VEHICLE,STREET,"
				+ "false,false,0422,004,7,46,14,,,2015,02/15/2015 12:43:39 PM,,,\n"
				+ ",HY2,02/08/2015 11:43:40 PM,081XX S COLES AVE,1320,CRIMINAL DAMAGE,TO VEHICLE,STREET,"
				+ "false,false,0422,004,7,46,14,,,2015,02/15/2015 12:43:39 PM,,,\n");

		CliRun run = run("import-crimes", file.toString());

		assertThat(run.status()).as(run.err()).isZero();
		assertThat(run.err()).contains("crimes.csv [##############################] 100% 2 rows");
		assertThat(run.out()).contains("crimes.csv: 2 rows read, 1 inserted, 0 updated, 0 unchanged, 1 rejected")
			.contains("  line 3: missing ID")
			.containsPattern(
					"Imported 1 file\\(s\\): 2 rows read, 1 inserted, 0 updated, 1 rejected in \\d+\\.\\d\\d s "
							+ "\\([\\d,]+ rows/s\\)\\.");
	}

	@Test
	void recomputesUpticksOnceAfterSeveralFiles() throws IOException {
		JdbcClient jdbc = this.context.getBean(JdbcClient.class);
		jdbc.sql("TRUNCATE crime_incidents, crime_weekly_beat_tallies, crime_upticks, crime_upticks_pending").update();
		StringBuilder quiet = new StringBuilder(HEADER).append('\n');
		StringBuilder busy = new StringBuilder(HEADER).append('\n');
		LocalDate monday = LocalDate.of(2015, 1, 5);
		int id = 89_000_000;
		for (int week = 0; week < 14; week++) {
			for (int i = 0; i < 2; i++) {
				quiet.append(vandalism(id++, monday.plusWeeks(week), i));
			}
		}
		for (int i = 0; i < 12; i++) {
			busy.append(vandalism(id++, monday.plusWeeks(14), i));
		}
		Path first = Files.writeString(this.folder.resolve("quiet.csv"), quiet);
		Path second = Files.writeString(this.folder.resolve("busy.csv"), busy);

		CliRun run = run("import-crimes", first.toString(), second.toString());

		assertThat(run.status()).as(run.err()).isZero();
		assertThat(run.out()).contains("quiet.csv: 28 rows read, 28 inserted")
			.contains("busy.csv: 12 rows read, 12 inserted")
			.contains("Imported 2 file(s): 40 rows read, 40 inserted")
			.contains("1 new uptick.");
		assertThat(jdbc.sql("SELECT beat FROM crime_upticks").query(String.class).list()).containsExactly("0422");
		assertThat(jdbc.sql("SELECT count(*) FROM crime_upticks_pending").query(Integer.class).single()).isZero();
	}

	@Test
	void importsNoneOfTheFilesWhenOneFails() throws IOException {
		JdbcClient jdbc = this.context.getBean(JdbcClient.class);
		jdbc.sql("TRUNCATE crime_incidents, crime_weekly_beat_tallies, crime_upticks, crime_upticks_pending").update();
		Path good = Files.writeString(this.folder.resolve("good.csv"),
				HEADER + "\n" + vandalism(89_100_000, LocalDate.of(2015, 1, 5), 0));
		Path bad = Files.writeString(this.folder.resolve("people.csv"), "name,beat\nx,0422\n");

		CliRun run = run("import-crimes", good.toString(), bad.toString());

		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).contains("people.csv: Not a Crimes - 2001 to Present CSV export")
			.contains("the header is 'name,beat'. None of the 2 files was imported.");
		assertThat(jdbc.sql("SELECT count(*) FROM crime_incidents").query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM crime_weekly_beat_tallies").query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM crime_upticks_pending").query(Integer.class).single()).isZero();
	}

	private static String vandalism(int id, LocalDate day, int hour) {
		String date = String.format(Locale.ROOT, "%02d/%02d/%d %02d:00:00 AM", day.getMonthValue(), day.getDayOfMonth(),
				day.getYear(), hour + 1);
		return id + ",HY" + id + "," + date + ",081XX S COLES AVE,1320,CRIMINAL DAMAGE,TO VEHICLE,STREET,"
				+ "false,false,0422,004,7,46,14,,," + day.getYear() + "," + date + ",,,\n";
	}

	@Test
	void refusesAFileThatIsNotAnExport() throws IOException {
		Path file = this.folder.resolve("people.csv");
		Files.writeString(file, "name,beat\nx,0422\n");

		CliRun run = run("import-crimes", file.toString());

		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).contains("people.csv: Not a Crimes - 2001 to Present CSV export");
	}

	@Test
	void refusesAMissingFile() {
		CliRun run = run("import-crimes", this.folder.resolve("nowhere.csv").toString());

		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).contains("File not found");
	}

	private CliRun run(String... args) {
		return CliRun.of("", (console) -> CommandLauncher.run(this.context, List.of(args), console));
	}

}
