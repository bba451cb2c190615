package org.beatbridge.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * A JFR recording of a whole benchmark run when {@code -Dbench.jfr=FILE} asks for one (in
 * {@code MAVEN_OPTS}): Maven's {@code exec:java} exits without JFR's own dump at exit, so
 * the benchmark dumps it when it closes this.
 */
public final class Profile implements AutoCloseable {

	private final Recording recording;

	private final Path file;

	private Profile(Recording recording, Path file) {
		this.recording = recording;
		this.file = file;
	}

	/**
	 * Starts JFR's "profile" recording if {@code bench.jfr} names a file; else nothing.
	 */
	public static Profile startIfAsked() throws IOException, ParseException {
		String file = System.getProperty("bench.jfr");
		if (file == null) {
			return new Profile(null, null);
		}
		Recording recording = new Recording(Configuration.getConfiguration("profile"));
		recording.start();
		return new Profile(recording, Path.of(file));
	}

	@Override
	public void close() throws IOException {
		if (this.recording != null) {
			this.recording.dump(this.file);
			this.recording.close();
		}
	}

}
