package org.beatbridge.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.beatbridge.crime.CrimeImport;
import org.beatbridge.crime.CrimeImportFailed;
import org.beatbridge.crime.ImportListener;
import org.beatbridge.crime.ImportSource;
import org.beatbridge.crime.ImportSummary;
import org.beatbridge.crime.RejectedRow;

/**
 * Imports Chicago Data Portal crime exports, one file after the other in one transaction
 * (all of them or none), with a progress bar on the error stream and a summary per file.
 */
@CliCommand.Command(name = "import-crimes", usage = "FILE...",
		summary = "Import \"Crimes - 2001 to Present\" CSV exports from the Chicago Data Portal.")
class ImportCrimesCommand implements CliCommand {

	/** Rejected rows printed per file; the summary counts them all. */
	private static final int SHOWN_REJECTIONS = 20;

	private static final int BAR_WIDTH = 30;

	private final CrimeImport crimes;

	ImportCrimesCommand(CrimeImport crimes) {
		this.crimes = crimes;
	}

	@Override
	public String run(CliArguments arguments, CliConsole console) {
		arguments.allow(Set.of(), Integer.MAX_VALUE);
		List<Path> files = new ArrayList<>();
		for (int i = 0; arguments.positional(i).isPresent(); i++) {
			Path file = Path.of(arguments.positional(i).get());
			if (!Files.isReadable(file)) {
				throw CliFailure.because("File not found: " + file.toAbsolutePath().normalize() + ".");
			}
			files.add(file);
		}
		if (files.isEmpty()) {
			throw CliFailure.usage("Give at least one CSV file to import.");
		}
		Console progress = new Console(files, console);
		long started = System.nanoTime();
		ImportSummary summary;
		try {
			summary = this.crimes.importInRow(files.stream().map(ImportSource::of).toList(), progress);
		}
		catch (CrimeImportFailed ex) {
			console.err().println();
			String message = ex.getMessage().endsWith(".") ? ex.getMessage() : ex.getMessage() + ".";
			String none = (files.size() > 1) ? " None of the " + files.size() + " files was imported." : "";
			throw CliFailure.because(progress.name(progress.current) + ": " + message + none);
		}
		// the import's own time (its commit included), without the JVM's and the
		// application's start
		long took = System.nanoTime() - started;
		return String.format(Locale.ROOT,
				"Imported %d file(s): %,d rows read, %,d inserted, %,d updated, %,d rejected in %.2f s (%,.0f rows/s)."
						+ "%n%s",
				files.size(), summary.rowsRead(), summary.inserted(), summary.updated(), summary.rejectedCount(),
				took / 1e9, summary.rowsRead() * 1e9 / Math.max(1, took), (summary.upticksDetected() == 1)
						? "1 new uptick." : String.format(Locale.ROOT, "%,d new upticks.", summary.upticksDetected()));
	}

	static String bar(String name, double done, long rows) {
		int filled = (int) Math.round(done * BAR_WIDTH);
		return String.format(Locale.ROOT, "%s [%s%s] %3d%% %,d rows", name, "#".repeat(filled),
				".".repeat(BAR_WIDTH - filled), Math.round(done * 100), rows);
	}

	/**
	 * A progress bar per file on the error stream and its summary on the output. The next
	 * file is read while the previous one is stored: its progress is shown once the
	 * previous file's summary is out.
	 */
	private static final class Console implements ImportListener {

		private final List<Path> files;

		private final long[] sizes;

		private final CliConsole console;

		/** The last progress of each file not shown yet: rows and bytes read. */
		private final long[][] waiting;

		/** The file being imported. */
		private int current;

		Console(List<Path> files, CliConsole console) {
			this.files = files;
			this.console = console;
			this.sizes = new long[files.size()];
			for (int i = 0; i < this.sizes.length; i++) {
				try {
					this.sizes[i] = Math.max(1, Files.size(files.get(i)));
				}
				catch (IOException ex) {
					// its import will say it cannot be read
					this.sizes[i] = 1;
				}
			}
			this.waiting = new long[files.size()][];
		}

		@Override
		public synchronized void rowsRead(int file, long rows, long bytes) {
			if (file == this.current) {
				showBar(file, rows, bytes);
			}
			else {
				this.waiting[file] = new long[] { rows, bytes };
			}
		}

		@Override
		public synchronized void imported(int file, ImportSummary summary) {
			this.console.err().println();
			PrintStream out = this.console.out();
			out.printf(Locale.ROOT,
					"%s: %,d rows read, %,d inserted, %,d updated, %,d unchanged, %,d rejected (%.1f s, %,.0f rows/s)%n",
					name(file), summary.rowsRead(), summary.inserted(), summary.updated(), summary.unchanged(),
					summary.rejectedCount(), summary.took().toMillis() / 1000.0, summary.rowsPerSecond());
			List<RejectedRow> shown = summary.rejected()
				.subList(0, Math.min(SHOWN_REJECTIONS, summary.rejected().size()));
			for (RejectedRow row : shown) {
				out.println("  line " + row.line() + ": " + row.reason());
			}
			if (summary.rejectedCount() > shown.size()) {
				out.printf(Locale.ROOT, "  ... and %,d more rejected rows%n", summary.rejectedCount() - shown.size());
			}
			this.current = file + 1;
			if (this.current < this.waiting.length && this.waiting[this.current] != null) {
				showBar(this.current, this.waiting[this.current][0], this.waiting[this.current][1]);
			}
		}

		private void showBar(int file, long rows, long bytes) {
			this.console.err().print("\r" + bar(name(file), Math.min(1.0, (double) bytes / this.sizes[file]), rows));
		}

		private String name(int file) {
			return this.files.get(file).getFileName().toString();
		}

	}

}
