package org.beatbridge.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Where a command reads and writes: the terminal, or streams in tests.
 */
public final class CliConsole {

	private final BufferedReader in;

	private final PrintStream out;

	private final PrintStream err;

	private final boolean interactive;

	private CliConsole(InputStream in, PrintStream out, PrintStream err, boolean interactive) {
		this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		this.out = out;
		this.err = err;
		this.interactive = interactive;
	}

	public static CliConsole system() {
		return new CliConsole(System.in, System.out, System.err, System.console() != null);
	}

	public static CliConsole of(InputStream in, PrintStream out, PrintStream err) {
		return new CliConsole(in, out, err, false);
	}

	public PrintStream out() {
		return this.out;
	}

	public PrintStream err() {
		return this.err;
	}

	/**
	 * One line that must not be echoed (a password): typed at the terminal without echo,
	 * or read from standard input ({@code echo "$PASS" | ... create-user ...}).
	 */
	public String readSecret(String prompt) {
		Console console = System.console();
		if (this.interactive && console != null) {
			char[] secret = console.readPassword("%s", prompt);
			return (secret != null) ? new String(secret) : "";
		}
		try {
			String line = this.in.readLine();
			return (line != null) ? line : "";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
