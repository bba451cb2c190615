package org.beatbridge.crime.domain;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.beatbridge.crime.CrimeImport;
import org.beatbridge.crime.CrimeImportFailed;
import org.beatbridge.crime.ImportListener;
import org.beatbridge.crime.ImportProgress;
import org.beatbridge.crime.ImportSource;
import org.beatbridge.crime.ImportSummary;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a portal export in one transaction: the rows stream through a check, and in
 * batches of a few thousand the new incidents go straight into {@code crime_incidents}
 * with {@code COPY} while the ones with a later {@code Updated On} replace theirs; then
 * the weekly counts take the difference and the upticks of the beats whose counts changed
 * are recomputed (or noted for later, when several files are imported in a row). A crash
 * anywhere leaves nothing behind; a rerun does the whole job.
 */
@Service
class CrimeImporter implements CrimeImport {

	private static final Logger log = LoggerFactory.getLogger(CrimeImporter.class);

	/** One import at a time, across all the nodes sharing the database. */
	private static final long IMPORT_LOCK = 0x0C41_4D45L;

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final BeatSnapshots beats;

	private final WeeklyCounts weeklyCounts;

	private final Upticks upticks;

	CrimeImporter(DataSource dataSource, JdbcClient jdbc, TransactionTemplate transactions, BeatSnapshots beats,
			WeeklyCounts weeklyCounts, Upticks upticks) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.beats = beats;
		this.weeklyCounts = weeklyCounts;
		this.upticks = upticks;
	}

	@Override
	public ImportSummary importFile(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return importFrom(in, ImportProgress.NONE);
		}
		catch (IOException ex) {
			throw CrimeImportFailed.unreadable(0, ex);
		}
	}

	@Override
	public ImportSummary importFrom(InputStream source, ImportProgress progress) {
		// the caller closes its stream
		ImportSource.Opener opener = () -> new FilterInputStream(source) {
			@Override
			public void close() {
			}
		};
		return importOne((converter) -> new RowReader(opener, converter, progress, () -> {
		}), false, null).summary();
	}

	@Override
	public void importInRow(List<ImportSource> sources, ImportListener listener) {
		FilesInRow files = new FilesInRow(sources, listener);
		StoredIds known = null;
		try {
			for (int file = 0; file < sources.size(); file++) {
				int current = file;
				Imported imported = importOne((converter) -> files.begin(current, converter), true, known);
				// the next file starts from what this one stored (0413)
				known = imported.stored();
				listener.imported(file, imported.summary());
			}
		}
		finally {
			files.cancel();
		}
	}

	@Override
	public int refreshPendingUpticks() {
		return this.transactions.execute((status) -> {
			this.jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(IMPORT_LOCK).query().listOfRows();
			return this.upticks.refreshPending();
		});
	}

	/**
	 * @param reader the reader of the file's rows, given the converter made in the
	 * import's transaction
	 * @param known what the previous file of a row knew was stored, or {@code null}
	 */
	private Imported importOne(Function<PortalRowConverter, RowReader> reader, boolean deferUpticks, StoredIds known) {
		long started = System.nanoTime();
		Imported imported = this.transactions.execute((status) -> run(reader, deferUpticks, known, started));
		ImportSummary summary = imported.summary();
		log.debug("Import committed in {} ms", (System.nanoTime() - started) / 1_000_000 - summary.took().toMillis());
		log.info("Imported crimes: {} rows read, {} inserted, {} updated, {} unchanged, {} rejected in {} ms",
				summary.rowsRead(), summary.inserted(), summary.updated(), summary.unchanged(), summary.rejectedCount(),
				summary.took().toMillis());
		return imported;
	}

	private Imported run(Function<PortalRowConverter, RowReader> reading, boolean deferUpticks, StoredIds known,
			long started) {
		this.jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(IMPORT_LOCK).query().listOfRows();
		long generation = this.jdbc
			.sql("UPDATE crime_import_generation SET generation = generation + 1 RETURNING generation")
			.query(Long.class)
			.single();
		// The commit does not wait for its WAL flush: a crash right after it can lose the
		// whole import (never part of one), and rerunning restores it (decision 0406)
		this.jdbc.sql("SET LOCAL synchronous_commit = off").update();
		PortalRowConverter converter = new PortalRowConverter(this.beats.snapshot(), CategoryRules.load(this.jdbc),
				CityBounds.CHICAGO);
		RowReader reader = reading.apply(converter);
		ImportBatch.Totals totals = new ImportBatch.Totals();
		if (known != null && known.generation() == generation - 1) {
			// no other import since the previous file of the row
			known.advanceTo(generation);
			totals.stored = known;
		}
		else {
			totals.stored = new StoredIds(
					this.jdbc.sql("SELECT coalesce(max(id), 0) FROM crime_incidents").query(Long.class).single(),
					generation);
		}
		WeeklyChanges changes = merge(reader, totals);
		long mergedAt = System.nanoTime();
		long flushNanos = totals.countNanos;
		int newUpticks = 0;
		if (changes.written()) {
			this.weeklyCounts.applyChanges(totals.updated > 0, changes.writtenOnce());
			totals.countNanos += System.nanoTime() - mergedAt;
			log.debug("Weekly counts: changes written in {} ms, applied in {} ms", flushNanos / 1_000_000,
					(System.nanoTime() - mergedAt) / 1_000_000);
			this.upticks.defer(changes.beats(), changes.earliestWeek());
		}
		if (!deferUpticks) {
			// also what an earlier import deferred and nothing recomputed yet
			newUpticks = this.upticks.refreshPending();
		}
		log.debug(
				"Import phases: rows merged in {} ms (waiting for rows {} ms, ID lookups {} ms, writes {} ms), "
						+ "counts in {} ms, upticks in {} ms",
				(mergedAt - started - flushNanos) / 1_000_000, totals.waitNanos / 1_000_000,
				totals.lookupNanos / 1_000_000, totals.writeNanos / 1_000_000, totals.countNanos / 1_000_000,
				(System.nanoTime() - mergedAt - (totals.countNanos - flushNanos)) / 1_000_000);
		return new Imported(new ImportSummary(reader.rowsRead(), totals.inserted, totals.updated, totals.unchanged,
				reader.rejected(), reader.rejectedCount(), newUpticks, Duration.ofNanos(System.nanoTime() - started)),
				totals.stored);
	}

	/**
	 * @return what the import changed in the weekly counts
	 */
	private WeeklyChanges merge(RowReader reader, ImportBatch.Totals totals) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		WeeklyChanges changes = new WeeklyChanges(connection);
		reader.start();
		try {
			long waited = System.nanoTime();
			for (ImportBatch batch = reader.next(); batch != null; batch = reader.next()) {
				totals.waitNanos += System.nanoTime() - waited;
				batch.merge(connection, changes, totals);
				waited = System.nanoTime();
			}
			totals.waitNanos += System.nanoTime() - waited;
			long counting = System.nanoTime();
			changes.flush();
			totals.countNanos = System.nanoTime() - counting;
			return changes;
		}
		catch (SQLException | IOException ex) {
			reader.cancel();
			throw new DataAccessResourceFailureException("Could not write the imported incidents", ex);
		}
		catch (InterruptedException ex) {
			reader.cancel();
			Thread.currentThread().interrupt();
			throw new DataAccessResourceFailureException("Interrupted while importing incidents", ex);
		}
		catch (RuntimeException ex) {
			reader.cancel();
			throw ex;
		}
	}

	/** What one file's import did, and which IDs it knows are stored once committed. */
	private record Imported(ImportSummary summary, StoredIds stored) {

	}

}
