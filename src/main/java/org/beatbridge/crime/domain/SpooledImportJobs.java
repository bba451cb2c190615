package org.beatbridge.crime.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import org.beatbridge.crime.CrimeImport;
import org.beatbridge.crime.CrimeImportFailed;
import org.beatbridge.crime.CrimeImportJobs;
import org.beatbridge.crime.ImportJob;
import org.beatbridge.crime.ImportJob.Result;
import org.beatbridge.crime.ImportJob.Status;
import org.beatbridge.crime.ImportJobProblems;
import org.beatbridge.crime.ImportSummary;
import org.beatbridge.crime.RejectedRow;
import org.beatbridge.shared.database.DatabaseSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Import jobs: the upload is spooled to {@code <data-dir>/imports} (never held in
 * memory), imported one at a time per node, and its state kept in
 * {@code crime_import_jobs}.
 */
@Service
class SpooledImportJobs implements CrimeImportJobs {

	private static final Logger log = LoggerFactory.getLogger(SpooledImportJobs.class);

	/** A job not touched for this long belonged to a node that stopped. */
	private static final long STALE_SECONDS = 120;

	private static final long HEARTBEAT_SECONDS = 10;

	private static final long PROGRESS_EVERY_MILLIS = 1000;

	private final CrimeImport crimes;

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	private final Path spool;

	private final ExecutorService runner = Executors
		.newSingleThreadExecutor((task) -> daemon(task, "crime-import-job"));

	private final ScheduledExecutorService heartbeat = Executors
		.newSingleThreadScheduledExecutor((task) -> daemon(task, "crime-import-heartbeat"));

	/** The jobs this node holds (queued or running), whose heartbeat it keeps. */
	private final Set<UUID> held = ConcurrentHashMap.newKeySet();

	SpooledImportJobs(CrimeImport crimes, JdbcClient jdbc, PlatformTransactionManager transactions,
			DatabaseSettings settings) {
		this.crimes = crimes;
		this.jdbc = jdbc;
		// Job updates must be visible to other nodes while the import's own transaction
		// runs
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.spool = settings.dataDir().resolve("imports");
		this.heartbeat.scheduleWithFixedDelay(this::beat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
	}

	@Override
	public ImportJob start(InputStream upload, String requestedBy) {
		UUID id = UUID.randomUUID();
		Path file = spoolFile(id);
		try {
			long size = Files.copy(upload, file);
			if (size == 0) {
				throw ImportJobProblems.emptyUpload();
			}
			checkHeader(file);
			update("INSERT INTO crime_import_jobs (id, status, requested_by, bytes_received) VALUES (?, 'QUEUED', ?, ?)",
					id, requestedBy, size);
			this.held.add(id);
			this.runner.execute(() -> run(id, file, size));
			return find(id).orElseThrow();
		}
		catch (IOException ex) {
			delete(file);
			throw new UncheckedIOException("Could not spool the upload to " + file, ex);
		}
		catch (RuntimeException ex) {
			delete(file);
			throw ex;
		}
	}

	@Override
	public Optional<ImportJob> find(UUID id) {
		return this.jdbc.sql("""
				SELECT j.*, now() - j.heartbeat_at > make_interval(secs => ?) AS stale
				FROM crime_import_jobs j WHERE id = ?""").params(STALE_SECONDS, id).query(this::job).optional();
	}

	@PreDestroy
	void stop() {
		this.heartbeat.shutdownNow();
		this.runner.shutdownNow();
	}

	private void run(UUID id, Path file, long size) {
		try (InputStream in = Files.newInputStream(file)) {
			update("UPDATE crime_import_jobs SET status = 'RUNNING', started_at = now(), heartbeat_at = now() WHERE id = ?",
					id);
			ImportSummary summary = this.crimes.importFrom(in, progress(id));
			succeeded(id, summary);
		}
		catch (CrimeImportFailed ex) {
			failed(id, ex.getMessage());
		}
		catch (IOException | RuntimeException ex) {
			log.error("Crime import job {} failed", id, ex);
			failed(id, "The import failed and nothing of it was kept (" + ex.getClass().getSimpleName()
					+ "); the server log has the details. Upload the file again.");
		}
		finally {
			this.held.remove(id);
			delete(file);
		}
	}

	private org.beatbridge.crime.ImportProgress progress(UUID id) {
		AtomicLong lastWrite = new AtomicLong();
		return (rowsRead, bytesRead) -> {
			long now = System.currentTimeMillis();
			long last = lastWrite.get();
			if (now - last >= PROGRESS_EVERY_MILLIS && lastWrite.compareAndSet(last, now)) {
				update("""
						UPDATE crime_import_jobs SET rows_read = ?, bytes_read = ?, heartbeat_at = now()
						WHERE id = ? AND status = 'RUNNING'""", rowsRead, bytesRead, id);
			}
		};
	}

	private void succeeded(UUID id, ImportSummary summary) {
		this.ownTransaction.executeWithoutResult((status) -> {
			this.jdbc.sql("""
					UPDATE crime_import_jobs SET status = 'SUCCEEDED', finished_at = now(), heartbeat_at = now(),
					  rows_read = ?, bytes_read = bytes_received, inserted = ?, updated = ?, unchanged = ?,
					  rejected_count = ?, upticks_detected = ?, took_ms = ?
					WHERE id = ?""")
				.params(summary.rowsRead(), summary.inserted(), summary.updated(), summary.unchanged(),
						summary.rejectedCount(), summary.upticksDetected(), summary.took().toMillis(), id)
				.update();
			for (RejectedRow row : summary.rejected()) {
				this.jdbc.sql(
						"INSERT INTO crime_import_job_rejections (job_id, line, reason) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
					.params(id, row.line(), row.reason())
					.update();
			}
		});
	}

	private void failed(UUID id, String error) {
		update("UPDATE crime_import_jobs SET status = 'FAILED', finished_at = now(), heartbeat_at = now(), error = ? WHERE id = ?",
				error, id);
	}

	private void beat() {
		try {
			for (UUID id : this.held) {
				update("UPDATE crime_import_jobs SET heartbeat_at = now() WHERE id = ?", id);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not record the heartbeat of the import jobs", ex);
		}
	}

	private ImportJob job(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		Status status = Status.valueOf(rs.getString("status"));
		String error = rs.getString("error");
		if (!status.isFinished() && rs.getBoolean("stale")) {
			status = Status.FAILED;
			error = "The import was interrupted (the server running it stopped); nothing of it was kept. Upload the file again.";
		}
		Result result = null;
		if (status == Status.SUCCEEDED) {
			List<RejectedRow> rejected = this.jdbc
				.sql("SELECT line, reason FROM crime_import_job_rejections WHERE job_id = ? ORDER BY line")
				.param(id)
				.query((r, n) -> new RejectedRow(r.getLong(1), r.getString(2)))
				.list();
			result = new Result(rs.getLong("rows_read"), rs.getLong("inserted"), rs.getLong("updated"),
					rs.getLong("unchanged"), rs.getLong("rejected_count"), rs.getInt("upticks_detected"),
					rs.getLong("took_ms"), rejected);
		}
		return new ImportJob(id, status, instant(rs, "created_at"), instant(rs, "started_at"),
				instant(rs, "finished_at"), rs.getLong("bytes_received"), rs.getLong("rows_read"),
				rs.getLong("bytes_read"), result, error);
	}

	/**
	 * A quick look at the first line, so that a wrong file is refused at once; the import
	 * checks the header again, column by column.
	 */
	private static void checkHeader(Path file) throws IOException {
		String first;
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			first = reader.readLine();
		}
		catch (java.nio.charset.MalformedInputException ex) {
			throw ImportJobProblems.notAPortalExport("(not UTF-8 text)");
		}
		String header = (first == null) ? "" : first.replace("\uFEFF", "").trim();
		if (!looksLikePortalHeader(header)) {
			throw ImportJobProblems.notAPortalExport(header);
		}
	}

	private static boolean looksLikePortalHeader(String header) {
		try {
			String[] fields = new String[PortalRowConverter.PORTAL_COLUMNS + 1];
			int count = new CsvRows(new java.io.ByteArrayInputStream(header.getBytes(StandardCharsets.UTF_8)))
				.next(fields);
			return count == PortalRowConverter.PORTAL_COLUMNS && "ID".equalsIgnoreCase(fields[0].trim())
					&& "Case Number".equalsIgnoreCase(fields[1].trim())
					&& "Location".equalsIgnoreCase(fields[count - 1].trim());
		}
		catch (IOException | UncheckedIOException ex) {
			return false;
		}
	}

	private Path spoolFile(UUID id) {
		try {
			Files.createDirectories(this.spool);
			return this.spool.resolve(id + ".csv");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create the upload folder " + this.spool, ex);
		}
	}

	private void update(String sql, Object... params) {
		this.ownTransaction.executeWithoutResult((status) -> this.jdbc.sql(sql).params(params).update());
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not delete the spooled upload {}", file, ex);
		}
	}

	private static Thread daemon(Runnable task, String name) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		return thread;
	}

}
