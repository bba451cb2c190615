package org.beatbridge.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * One command line run in a test: what it printed and its exit status.
 */
record CliRun(int status, String out, String err) {

	interface Launch {

		int run(CliConsole console);

	}

	static CliRun of(String stdin, Launch launch) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = launch.run(CliConsole.of(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
				new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)));
		return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

}
