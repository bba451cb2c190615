package org.beatbridge.crime.domain;

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
import org.beatbridge.crime.ImportProgress;
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
 * are recomputed. A crash anywhere leaves nothing behind; a rerun does the whole job.
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
		long started = System.nanoTime();
		ImportSummary summary = this.transactions.execute((status) -> run(source, progress, started));
		log.info("Imported crimes: {} rows read, {} inserted, {} updated, {} unchanged, {} rejected in {} ms",
				summary.rowsRead(), summary.inserted(), summary.updated(), summary.unchanged(), summary.rejectedCount(),
				summary.took().toMillis());
		return summary;
	}

	private ImportSummary run(InputStream source, ImportProgress progress, long started) {
		this.jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(IMPORT_LOCK).query().listOfRows();
		this.jdbc.sql(ImportBatch.UPDATES_TABLE).update();
		this.jdbc.sql(WeeklyChanges.TABLE).update();
		PortalRowConverter converter = new PortalRowConverter(this.beats.snapshot(), CategoryRules.load(this.jdbc),
				CityBounds.CHICAGO);
		RowReader reader = new RowReader(source, converter, progress);
		ImportBatch.Totals totals = merge(reader);
		long mergedAt = System.nanoTime();
		int newUpticks = 0;
		long countedAt = mergedAt;
		if (totals.inserted + totals.updated > 0) {
			List<String> changedBeats = this.weeklyCounts.applyChanges(totals.updated > 0);
			countedAt = System.nanoTime();
			newUpticks = this.upticks.refresh(changedBeats);
		}
		log.debug("Import phases: rows merged in {} ms, counts in {} ms, upticks in {} ms",
				(mergedAt - started) / 1_000_000, (countedAt - mergedAt) / 1_000_000,
				(System.nanoTime() - countedAt) / 1_000_000);
		return new ImportSummary(reader.rowsRead(), totals.inserted, totals.updated, totals.unchanged,
				reader.rejected(), reader.rejectedCount(), newUpticks, Duration.ofNanos(System.nanoTime() - started));
	}

	private ImportBatch.Totals merge(RowReader reader) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		WeeklyChanges changes = new WeeklyChanges(connection);
		ImportBatch.Totals totals = new ImportBatch.Totals();
		Thread reading = new Thread(reader, "crime-import-reader");
		reading.setDaemon(true);
		reading.start();
		try {
			for (ImportBatch batch = reader.next(); batch != null; batch = reader.next()) {
				batch.merge(connection, changes, totals);
			}
			changes.flush();
			return totals;
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

}
