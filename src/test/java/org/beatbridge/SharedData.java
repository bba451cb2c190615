package org.beatbridge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real City of Chicago data the tests read: {@code ../shared/data} beside the
 * checkout, or where {@code -Dbeatbridge.shared-data} or {@code BEATBRIDGE_SHARED_DATA}
 * points.
 */
public final class SharedData {

	private SharedData() {
	}

	/**
	 * A file under the shared data folder, e.g. {@code crimes/chicagoCrimes10k_2015.csv}.
	 */
	public static Path file(String relative) {
		List<Path> folders = new ArrayList<>();
		String property = System.getProperty("beatbridge.shared-data");
		if (property != null) {
			folders.add(Path.of(property));
		}
		String variable = System.getenv("BEATBRIDGE_SHARED_DATA");
		if (variable != null) {
			folders.add(Path.of(variable));
		}
		folders.add(Path.of("../shared/data"));
		folders.add(Path.of("/work/shared/data"));
		return folders.stream()
			.map(folder -> folder.resolve(relative))
			.filter(Files::isReadable)
			.findFirst()
			.orElse(Path.of("../shared/data").resolve(relative));
	}

}
