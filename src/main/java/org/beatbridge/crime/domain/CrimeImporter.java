package org.beatbridge.crime.domain;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.beatbridge.crime.CrimeImport;
import org.beatbridge.crime.CrimeImportFailed;
import org.beatbridge.crime.ImportProgress;
import org.beatbridge.crime.ImportSummary;
import org.beatbridge.crime.RejectedRow;

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

	/** Rejections listed in a summary; the count goes on. */
	static final int LISTED_REJECTIONS = 1000;

	/** One import at a time, across all the nodes sharing the database. */
	private static final long IMPORT_LOCK = 0x0C41_4D45L;

	private static final int PROGRESS_EVERY = 10_000;

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
		Rejections rejections = new Rejections();
		ImportBatch batch = new ImportBatch();
		long rowsRead = merge(source, converter, batch, rejections, progress);
		long mergedAt = System.nanoTime();
		int newUpticks = 0;
		long countedAt = mergedAt;
		if (batch.inserted + batch.updated > 0) {
			List<String> changedBeats = this.weeklyCounts.applyChanges();
			countedAt = System.nanoTime();
			newUpticks = this.upticks.refresh(changedBeats);
		}
		log.debug("Import phases: rows merged in {} ms, counts in {} ms, upticks in {} ms",
				(mergedAt - started) / 1_000_000, (countedAt - mergedAt) / 1_000_000,
				(System.nanoTime() - countedAt) / 1_000_000);
		return new ImportSummary(rowsRead, batch.inserted, batch.updated, batch.unchanged, rejections.listed(),
				rejections.count, newUpticks, Duration.ofNanos(System.nanoTime() - started));
	}

	/**
	 * @return rows read
	 */
	private long merge(InputStream source, PortalRowConverter converter, ImportBatch batch, Rejections rejections,
			ImportProgress progress) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		WeeklyChanges changes = new WeeklyChanges(connection);
		CountingInputStream counted = new CountingInputStream(source);
		long rowsRead = 0;
		long line = 1;
		try {
			CSVParser parser = CSVFormat.DEFAULT
				.parse(new BufferedReader(new InputStreamReader(counted, StandardCharsets.UTF_8), 1 << 16));
			Iterator<CSVRecord> records = parser.iterator();
			if (!records.hasNext()) {
				throw CrimeImportFailed.notAPortalExport("");
			}
			CSVRecord header = records.next();
			if (!PortalRowConverter.isPortalHeader(header)) {
				throw CrimeImportFailed.notAPortalExport(String.join(",", header.values()));
			}
			line = parser.getCurrentLineNumber() + 1;
			while (records.hasNext()) {
				CSVRecord record = records.next();
				rowsRead++;
				String[] values = new String[PortalRowConverter.VALUES];
				String problem = converter.convert(record, values);
				if (problem != null) {
					rejections.add(line, problem);
				}
				else {
					long lost = batch.add(line, values);
					if (lost > 0) {
						rejections.add(lost, "ID " + values[0]
								+ " appears more than once in the file; the row with the latest Updated On was kept");
					}
					if (batch.isFull()) {
						batch.merge(connection, changes);
					}
				}
				line = parser.getCurrentLineNumber() + 1;
				if (rowsRead % PROGRESS_EVERY == 0) {
					progress.rowsRead(rowsRead, counted.count);
				}
			}
			batch.merge(connection, changes);
			changes.flush();
			progress.rowsRead(rowsRead, counted.count);
			return rowsRead;
		}
		catch (IOException ex) {
			throw CrimeImportFailed.unreadable(line, ex);
		}
		catch (UncheckedIOException ex) {
			throw CrimeImportFailed.unreadable(line, ex.getCause());
		}
		catch (SQLException ex) {
			throw CrimeImportFailed.unreadable(line, ex);
		}
	}

	private static final class Rejections {

		private final List<RejectedRow> rows = new ArrayList<>();

		private long count;

		void add(long line, String reason) {
			this.count++;
			if (this.rows.size() < LISTED_REJECTIONS * 2) {
				this.rows.add(new RejectedRow(line, reason));
			}
		}

		List<RejectedRow> listed() {
			this.rows.sort(Comparator.comparingLong(RejectedRow::line));
			return this.rows.subList(0, Math.min(LISTED_REJECTIONS, this.rows.size()));
		}

	}

	private static final class CountingInputStream extends FilterInputStream {

		private long count;

		CountingInputStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int read = super.read();
			if (read >= 0) {
				this.count++;
			}
			return read;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = super.read(buffer, offset, length);
			if (read > 0) {
				this.count += read;
			}
			return read;
		}

	}

}
