package org.beatbridge.crime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One of several CSV exports imported in a row: its name, for messages, and how to open
 * it (opened when its turn to be read comes, closed after).
 */
public record ImportSource(String name, Opener opener) {

	public static ImportSource of(Path file) {
		return new ImportSource(file.getFileName().toString(), () -> Files.newInputStream(file));
	}

	@FunctionalInterface
	public interface Opener {

		InputStream open() throws IOException;

	}

}
