package org.beatbridge.cli;

import org.beatbridge.SharedData;
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
class ImportCalendarCommandTests {

	@Autowired
	ApplicationContext context;

	@TempDir
	Path folder;

	@Test
	void importsTheCommunityCalendarAndSaysWhatItCouldNotRead() {
		CliRun run = run("import-calendar", SharedData.file("caps/cpd_community_calendar_2016.json").toString());
		assertThat(run.status()).as(run.err()).isZero();
		assertThat(run.out()).startsWith("Read 2484 events: 1295 beat meetings, 1189 district events (22 beat")
			.contains("unparsed: district 2: Beat Meeting");
	}

	@Test
	void refusesABrokenFileAndChangesNothing() throws IOException {
		Path file = this.folder.resolve("calendar.json");
		Files.writeString(file, "<html>not json</html>");
		CliRun run = run("import-calendar", file.toString());
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).contains("not a JSON array").contains("Nothing was changed.");
	}

	@Test
	void refusesAMissingFile() {
		CliRun run = run("import-calendar", this.folder.resolve("none.json").toString());
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).contains("File not found");
	}

	private CliRun run(String... args) {
		return CliRun.of("", console -> CommandLauncher.run(this.context, List.of(args), console));
	}

}
