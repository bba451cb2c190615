package org.beatbridge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Work is merged from several branches; a conflict left in a stylesheet or template
 * compiles and starts fine, so it is looked for here.
 */
class NoMergeLeftoversTests {

	private static final Pattern MARKER = Pattern.compile("(?m)^(<<<<<<< |>>>>>>> |=======$)");

	@Test
	void sourcesAndDocumentsHoldNoConflictMarkers() throws IOException {
		List<String> offenders;
		try (Stream<Path> files = Stream.of(Path.of("src"), Path.of("docs"))
			.filter(Files::isDirectory)
			.flatMap(NoMergeLeftoversTests::walk)) {
			offenders = Stream
				.concat(files, Stream.of(Path.of("README.md"), Path.of("BENCHMARKS.md")).filter(Files::exists))
				.filter(Files::isRegularFile)
				.filter(NoMergeLeftoversTests::isText)
				.filter(NoMergeLeftoversTests::hasMarker)
				.map(Path::toString)
				.toList();
		}
		assertThat(offenders).isEmpty();
	}

	private static Stream<Path> walk(Path root) {
		try {
			return Files.walk(root);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean isText(Path file) {
		String name = file.getFileName().toString();
		return name.matches(".*\\.(java|html|css|js|properties|sql|md|json|xml|txt)$") && !name.endsWith(".geojson");
	}

	private static boolean hasMarker(Path file) {
		try {
			return MARKER.matcher(Files.readString(file, StandardCharsets.UTF_8)).find();
		}
		catch (IOException ex) {
			return false;
		}
	}

}
