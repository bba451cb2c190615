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
		ImportSummary[] file = new ImportSummary[1];
		ImportSummary row = importInRow(List.of(new ImportSource("upload", opener)), new ImportListener() {
			@Override
			public void rowsRead(int index, long rowsRead, long bytesRead) {
				progress.rowsRead(rowsRead, bytesRead);
			}

			@Override
			public void imported(int index, ImportSummary summary) {
				file[0] = summary;
			}
		});
		// the row's upticks and time, the file's rejected rows
		return new ImportSummary(row.rowsRead(), row.inserted(), row.updated(), row.unchanged(), file[0].rejected(),
				row.rejectedCount(), row.upticksDetected(), row.took());
	}

	@Override
	public ImportSummary importInRow(List<ImportSource> sources, ImportListener listener) {
		FilesInRow files = new FilesInRow(sources, listener);
		long started = System.nanoTime();
		try {
			ImportSummary summary = this.transactions.execute((status) -> {
				Started transaction = begin();
				WeeklyChanges changes = new WeeklyChanges(DataSourceUtils.getConnection(this.dataSource));
				ImportBatch.Totals all = transaction.totals();
				long read = 0;
				long rejected = 0;
				try {
					for (int file = 0; file < sources.size(); file++) {
						long fileStarted = System.nanoTime();
						RowReader reader = files.begin(file, transaction.converter());
						long inserted = all.inserted;
						long updated = all.updated;
						long unchanged = all.unchanged;
						merge(reader, all, changes);
						read += reader.rowsRead();
						rejected += reader.rejectedCount();
						listener.imported(file,
								new ImportSummary(reader.rowsRead(), all.inserted - inserted, all.updated - updated,
										all.unchanged - unchanged, reader.rejected(), reader.rejectedCount(), 0,
										Duration.ofNanos(System.nanoTime() - fileStarted)));
					}
				}
				catch (RuntimeException ex) {
					// the connection is given back with no COPY going on
					all.incidents.cancel();
					throw ex;
				}
				int newUpticks = finish(changes, all, started);
				return new ImportSummary(read, all.inserted, all.updated, all.unchanged, List.of(), rejected,
						newUpticks, Duration.ofNanos(System.nanoTime() - started));
			});
			logCommitted(summary, started);
			return summary;
		}
		finally {
			files.cancel();
		}
	}

	/**
	 * Begins an import's transaction: the lock, the category rules and beats its rows are
	 * checked with, and which IDs may be stored already.
	 */
	private Started begin() {
		this.jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(IMPORT_LOCK).query().listOfRows();
		// The commit does not wait for its WAL flush: a crash right after it can lose the
		// whole import (never part of one), and rerunning restores it (decision 0406)
		this.jdbc.sql("SET LOCAL synchronous_commit = off").update();
		PortalRowConverter converter = new PortalRowConverter(this.beats.snapshot(), CategoryRules.load(this.jdbc),
				CityBounds.CHICAGO);
		ImportBatch.Totals totals = new ImportBatch.Totals();
		totals.stored = new StoredIds(
				this.jdbc.sql("SELECT coalesce(max(id), 0) FROM crime_incidents").query(Long.class).single());
		return new Started(converter, totals);
	}

	/**
	 * Ends an import's transaction: its changes to the weekly counts applied, the upticks
	 * of the beats they touched recomputed.
	 * @return the upticks that are new
	 */
	private int finish(WeeklyChanges changes, ImportBatch.Totals totals, long started) {
		long mergedAt = System.nanoTime();
		boolean toAdd;
		try {
			totals.incidents.end();
			toAdd = changes.finish();
		}
		catch (SQLException | IOException ex) {
			throw new DataAccessResourceFailureException("Could not write the weekly counts' changes", ex);
		}
		long flushed = System.nanoTime();
		if (toAdd) {
			this.weeklyCounts.applyChanges(totals.updated > 0, changes.writtenOnce());
		}
		if (changes.any()) {
			this.upticks.defer(changes.beats(), changes.earliestWeek());
		}
		long counted = System.nanoTime();
		// also what a command of the 0412 days left noted when it died between files
		int newUpticks = this.upticks.refreshPending();
		log.debug(
				"Import phases: rows merged in {} ms (waiting for rows {} ms, ID lookups {} ms, writes {} ms), "
						+ "weekly counts in {} ms (changes written in {} ms), upticks in {} ms",
				(mergedAt - started) / 1_000_000, totals.waitNanos / 1_000_000, totals.lookupNanos / 1_000_000,
				totals.writeNanos / 1_000_000, (counted - mergedAt) / 1_000_000, (flushed - mergedAt) / 1_000_000,
				(System.nanoTime() - counted) / 1_000_000);
		return newUpticks;
	}

	private void logCommitted(ImportSummary summary, long started) {
		log.debug("Import committed in {} ms", (System.nanoTime() - started) / 1_000_000 - summary.took().toMillis());
		log.info("Imported crimes: {} rows read, {} inserted, {} updated, {} unchanged, {} rejected in {} ms",
				summary.rowsRead(), summary.inserted(), summary.updated(), summary.unchanged(), summary.rejectedCount(),
				summary.took().toMillis());
	}

	/**
	 * Merges a file's rows, noting what they change in the weekly counts.
	 */
	private void merge(RowReader reader, ImportBatch.Totals totals, WeeklyChanges changes) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		reader.start();
		try {
			long waited = System.nanoTime();
			for (ImportBatch batch = reader.next(); batch != null; batch = reader.next()) {
				totals.waitNanos += System.nanoTime() - waited;
				batch.merge(connection, changes, totals);
				waited = System.nanoTime();
			}
			totals.waitNanos += System.nanoTime() - waited;
		}
		catch (SQLException | IOException ex) {
			reader.cancel();
			totals.incidents.cancel();
			throw new DataAccessResourceFailureException("Could not write the imported incidents", ex);
		}
		catch (InterruptedException ex) {
			reader.cancel();
			totals.incidents.cancel();
			Thread.currentThread().interrupt();
			throw new DataAccessResourceFailureException("Interrupted while importing incidents", ex);
		}
		catch (RuntimeException ex) {
			reader.cancel();
			totals.incidents.cancel();
			throw ex;
		}
	}

	/** An import's transaction begun: how its rows are checked, what its batches did. */
	private record Started(PortalRowConverter converter, ImportBatch.Totals totals) {

	}

}
