package org.beatbridge.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.beatbridge.crime.CrimeImport;
import org.beatbridge.crime.CrimeImportFailed;
import org.beatbridge.crime.ImportProgress;
import org.beatbridge.crime.ImportSummary;
import org.beatbridge.crime.RejectedRow;

/**
 * Imports Chicago Data Portal crime exports, one file after the other, each all or
 * nothing, with a progress bar on the error stream and a summary per file.
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
		long read = 0;
		long inserted = 0;
		long updated = 0;
		long rejected = 0;
		Duration took = Duration.ZERO;
		int upticks = 0;
		boolean deferUpticks = files.size() > 1;
		try {
			for (Path file : files) {
				ImportSummary summary = importOne(file, console, deferUpticks);
				read += summary.rowsRead();
				inserted += summary.inserted();
				updated += summary.updated();
				rejected += summary.rejectedCount();
				upticks += summary.upticksDetected();
				took = took.plus(summary.took());
			}
		}
		catch (RuntimeException ex) {
			if (deferUpticks) {
				// the files imported before this one keep their upticks
				try {
					this.crimes.refreshPendingUpticks();
				}
				catch (RuntimeException alsoFailed) {
					ex.addSuppressed(alsoFailed);
				}
			}
			throw ex;
		}
		if (deferUpticks) {
			// once for all the files, not after each (decision 0412)
			console.err().print("Recomputing upticks...");
			long started = System.nanoTime();
			upticks += this.crimes.refreshPendingUpticks();
			took = took.plusNanos(System.nanoTime() - started);
			console.err().println(" done.");
		}
		// the imports' own time, without the JVM's and the application's start
		return String.format(Locale.ROOT,
				"Imported %d file(s): %,d rows read, %,d inserted, %,d updated, %,d rejected in %.2f s (%,.0f rows/s)."
						+ "%n%s",
				files.size(), read, inserted, updated, rejected, took.toNanos() / 1e9,
				read * 1e9 / Math.max(1, took.toNanos()),
				(upticks == 1) ? "1 new uptick." : String.format(Locale.ROOT, "%,d new upticks.", upticks));
	}

	/**
	 * @param deferUpticks leave the upticks to one recomputation after the last file
	 */
	private ImportSummary importOne(Path file, CliConsole console, boolean deferUpticks) {
		PrintStream err = console.err();
		try (InputStream in = Files.newInputStream(file)) {
			long size = Math.max(1, Files.size(file));
			String name = file.getFileName().toString();
			ImportProgress progress = (rows, bytes) -> err
				.print("\r" + bar(name, Math.min(1.0, (double) bytes / size), rows));
			ImportSummary summary = deferUpticks ? this.crimes.importDeferringUpticks(in, progress)
					: this.crimes.importFrom(in, progress);
			err.println();
			PrintStream out = console.out();
			out.printf(Locale.ROOT,
					"%s: %,d rows read, %,d inserted, %,d updated, %,d unchanged, %,d rejected (%.1f s, %,.0f rows/s)%n",
					name, summary.rowsRead(), summary.inserted(), summary.updated(), summary.unchanged(),
					summary.rejectedCount(), summary.took().toMillis() / 1000.0, summary.rowsPerSecond());
			List<RejectedRow> shown = summary.rejected()
				.subList(0, Math.min(SHOWN_REJECTIONS, summary.rejected().size()));
			for (RejectedRow row : shown) {
				out.println("  line " + row.line() + ": " + row.reason());
			}
			if (summary.rejectedCount() > shown.size()) {
				out.printf(Locale.ROOT, "  ... and %,d more rejected rows%n", summary.rejectedCount() - shown.size());
			}
			return summary;
		}
		catch (IOException ex) {
			throw CliFailure.because("Could not read " + file + ": " + ex.getMessage());
		}
		catch (CrimeImportFailed ex) {
			err.println();
			throw CliFailure.because(file.getFileName() + ": " + ex.getMessage());
		}
	}

	static String bar(String name, double done, long rows) {
		int filled = (int) Math.round(done * BAR_WIDTH);
		return String.format(Locale.ROOT, "%s [%s%s] %3d%% %,d rows", name, "#".repeat(filled),
				".".repeat(BAR_WIDTH - filled), Math.round(done * 100), rows);
	}

}
