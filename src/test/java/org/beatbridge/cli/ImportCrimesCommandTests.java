package org.beatbridge.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;

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
			.contains("Imported 1 file(s): 2 rows read, 1 inserted, 0 updated, 1 rejected.");
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
