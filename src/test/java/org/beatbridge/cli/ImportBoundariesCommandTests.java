package org.beatbridge.cli;

import java.io.IOException;
import java.io.InputStream;
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
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class ImportBoundariesCommandTests {

	@Autowired
	ApplicationContext context;

	@TempDir
	Path folder;

	@Test
	void importsTheBoundaryFilesOfAFolderAndSaysWhatItLoaded() throws IOException {
		for (String file : List.of("police_beats.geojson", "police_districts.geojson", "community_areas.geojson")) {
			try (InputStream in = new ClassPathResource("geo/chicago/" + file).getInputStream()) {
				Files.copy(in, this.folder.resolve(file));
			}
		}
		CliRun run = run("import-boundaries", this.folder.toString());
		assertThat(run.status()).as(run.err()).isZero();
		assertThat(run.out()).startsWith("Imported 23 districts, 68 sectors, 275 beats and 77 community areas");
	}

	@Test
	void refusesAFolderWithoutTheFilesAndChangesNothing() {
		CliRun run = run("import-boundaries", this.folder.toString());
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).startsWith("error: ").contains("file not found").contains("Nothing was changed.");
		assertThat(run.err().lines()).hasSize(1);
	}

	@Test
	void refusesAFolderThatDoesNotExist() {
		CliRun run = run("import-boundaries", this.folder.resolve("nowhere").toString());
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).contains("Folder not found");
	}

	private CliRun run(String... args) {
		return CliRun.of("", console -> CommandLauncher.run(this.context, List.of(args), console));
	}

}
