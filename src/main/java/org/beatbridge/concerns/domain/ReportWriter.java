package org.beatbridge.concerns.domain;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

import org.beatbridge.concerns.ConcernId;
import org.beatbridge.concerns.ConcernReported;
import org.beatbridge.concerns.ConcernSettings;
import org.beatbridge.concerns.ConcernSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes reported concerns, each with its first transition, its reporter unless anonymous
 * and its media link, and finds the nearest similar open concerns within the radius of
 * each (in the snapshot before the writing, so never the new ones): one statement for any
 * number of reports.
 * <p>
 * Reports that arrive together are written together (decision 0765): one report at a time
 * is written by the thread that reported it, and whatever arrives meanwhile waits and
 * goes into the next statement, written by the first of the waiting threads, in one
 * transaction with one commit. A report that arrives alone is written at once, alone. If
 * a batch fails, its reports are written again one by one, so only a report that fails by
 * itself fails. Each node batches its own reports; the database is all they share.
 */
@Component
class ReportWriter {

	static final int MOST_PER_STATEMENT = 100;

	// PostgreSQL planned the statement anew for each execution (custom plans, about as
	// long as running it): its generic plan is as good, so it is planned once per
	// connection (decision 0763), set by a statement in the same round trip (0764)
	private static final String STATEMENT_TEMPLATE = """
			select set_config('plan_cache_mode', 'force_generic_plan', true);
			with input as (
				select * from unnest(?::text[], ?::text[], ?::float8[], ?::float8[], ?::text[], ?::float8[], ?::float8[],
					?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bool[], ?::text[], ?::text[], ?::int8[],
					?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::float8[], ?::float8[],
					?::float8[], ?::float8[]) with ordinality
					as i(category, description, latitude, longitude, block_address, block_latitude, block_longitude, beat,
						district, source, locale, attributes, anonymous, token_hash, requested_at, account_id, contact_name,
						contact_email, contact_phone, device_id, media_url, cells, similar_since, south, north, west, east,
						ord)
			), nearby as (
				select i.ord, n.id, n.latitude, n.longitude from input i cross join lateral (%s) n
			), concern as (
				insert into concerns (category, status, description, public_description, latitude, longitude,
					block_address, block_latitude, block_longitude, beat, district, source, locale, attributes, anonymous,
					tracking_token_hash, requested_at, updated_at)
				select category, 'OPEN', description, description, latitude, longitude, block_address, block_latitude,
					block_longitude, beat, district, source, locale, attributes::jsonb, anonymous, decode(token_hash, 'hex'),
					requested_at::timestamptz, requested_at::timestamptz
				from input order by ord
				returning id, requested_at, tracking_token_hash
			), written as (
				select i.*, c.id, c.requested_at as at from concern c join input i on c.tracking_token_hash = decode(i.token_hash, 'hex')
			), transition as (
				insert into concern_transitions (concern_id, from_status, to_status, actor_account_id, actor_role, at)
				select id, null, 'OPEN', null, case when anonymous then 'ANONYMOUS' else 'REPORTER' end, at from written
			), reporter as (
				insert into concern_reporters (concern_id, account_id, contact_name, contact_email, contact_phone, device_id)
				select id, account_id, contact_name, contact_email, contact_phone, device_id from written where not anonymous
			), media as (
				insert into concern_media_links (concern_id, url) select id, media_url from written where media_url is not null
			)
			select w.ord, w.id as new_id, n.id as nearby_id, n.latitude, n.longitude
			from written w left join nearby n on n.ord = w.ord""";

	private final String statement;

	private final JdbcOperations jdbc;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Queue<Pending> waiting = new ConcurrentLinkedQueue<>();

	// as many statements at once as the machine has cores (at least two): one would leave
	// the cores idle while it waits for the database
	private final Semaphore writers = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()));

	ReportWriter(JdbcOperations jdbc, PlatformTransactionManager transactions, ApplicationEventPublisher events,
			ConcernSettings settings) {
		this.statement = STATEMENT_TEMPLATE.formatted(JdbcConcerns.nearestOpen("i.category", "i.cells::bigint[]",
				"i.similar_since::timestamptz", "i.south", "i.north", "i.west", "i.east", "i.latitude", "i.longitude",
				String.valueOf(settings.similarRadius()), String.valueOf(settings.similarLimit())));
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.events = events;
	}

	/**
	 * Writes a report in a transaction of its own, with the reports that arrived
	 * meanwhile; in the caller's transaction instead if there is one (then alone).
	 */
	Written write(Report report) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return writeNow(List.of(report)).get(0);
		}
		Pending mine = new Pending(report);
		this.waiting.add(mine);
		this.writers.acquireUninterruptibly();
		try {
			// unless a writer ahead took it, written now with those waiting
			if (!mine.done()) {
				writeTogether(next());
			}
		}
		finally {
			this.writers.release();
		}
		return mine.awaitWritten();
	}

	/**
	 * Writes reports in the caller's transaction, which must exist, and publishes
	 * {@link ConcernReported} for each.
	 * @return what was written, in the reports' order
	 */
	List<Written> writeNow(List<Report> reports) {
		Written[] written = new Written[reports.size()];
		this.jdbc.execute((Connection connection) -> prepare(connection, this.statement, reports),
				(PreparedStatement statement) -> {
					statement.execute();
					if (!statement.getMoreResults()) {
						throw new IllegalStateException("The report statement returned no rows");
					}
					List<List<Nearby>> nearby = new ArrayList<>();
					for (int each = 0; each < reports.size(); each++) {
						nearby.add(new ArrayList<>());
					}
					try (ResultSet rs = statement.getResultSet()) {
						while (rs.next()) {
							int index = rs.getInt("ord") - 1;
							long similar = rs.getLong("nearby_id");
							if (!rs.wasNull()) {
								nearby.get(index)
									.add(new Nearby(similar, rs.getDouble("latitude"), rs.getDouble("longitude")));
							}
							written[index] = new Written(rs.getLong("new_id"), nearby.get(index));
						}
					}
					return null;
				});
		for (int each = 0; each < written.length; each++) {
			if (written[each] == null) {
				throw new IllegalStateException("Report " + (each + 1) + " of " + written.length + " was not written");
			}
			Report report = reports.get(each);
			this.events.publishEvent(new ConcernReported(new ConcernId(written[each].id()), report.category(),
					report.beat(), report.district(), report.source(), report.at()));
		}
		return List.of(written);
	}

	private List<Pending> next() {
		List<Pending> batch = new ArrayList<>();
		Pending next;
		while (batch.size() < MOST_PER_STATEMENT && (next = this.waiting.poll()) != null) {
			batch.add(next);
		}
		return batch;
	}

	/**
	 * Writes the reports in one statement and transaction; if that fails, each alone.
	 */
	void writeTogether(List<Pending> batch) {
		if (batch.isEmpty()) {
			return;
		}
		try {
			List<Written> written = this.transactions
				.execute((status) -> writeNow(batch.stream().map(Pending::report).toList()));
			for (int each = 0; each < batch.size(); each++) {
				batch.get(each).succeeded(written.get(each));
			}
		}
		catch (RuntimeException ex) {
			if (batch.size() == 1) {
				batch.get(0).failed(ex);
				return;
			}
			for (Pending each : batch) {
				try {
					each.succeeded(this.transactions.execute((status) -> writeNow(List.of(each.report()))).get(0));
				}
				catch (RuntimeException alone) {
					each.failed(alone);
				}
			}
		}
		catch (Error ex) {
			batch.forEach((each) -> each.failed(new IllegalStateException("Writing reports failed", ex)));
			throw ex;
		}
	}

	private static PreparedStatement prepare(Connection connection, String sql, List<Report> reports)
			throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		int index = 0;
		statement.setArray(++index, texts(connection, reports, Report::category));
		statement.setArray(++index, texts(connection, reports, Report::description));
		statement.setArray(++index, numbers(connection, reports, Report::latitude));
		statement.setArray(++index, numbers(connection, reports, Report::longitude));
		statement.setArray(++index, texts(connection, reports, Report::block));
		statement.setArray(++index, numbers(connection, reports, Report::blockLatitude));
		statement.setArray(++index, numbers(connection, reports, Report::blockLongitude));
		statement.setArray(++index, texts(connection, reports, Report::beat));
		statement.setArray(++index, texts(connection, reports, Report::district));
		statement.setArray(++index, texts(connection, reports, (report) -> report.source().name()));
		statement.setArray(++index, texts(connection, reports, Report::locale));
		statement.setArray(++index, texts(connection, reports, Report::attributes));
		statement.setArray(++index,
				connection.createArrayOf("bool", reports.stream().map(Report::anonymous).toArray(Boolean[]::new)));
		HexFormat hex = HexFormat.of();
		statement.setArray(++index, texts(connection, reports, (report) -> hex.formatHex(report.tokenHash())));
		statement.setArray(++index, texts(connection, reports, (report) -> report.at().toString()));
		statement.setArray(++index,
				connection.createArrayOf("int8", reports.stream().map(Report::accountId).toArray(Long[]::new)));
		statement.setArray(++index, texts(connection, reports, Report::contactName));
		statement.setArray(++index, texts(connection, reports, Report::contactEmail));
		statement.setArray(++index, texts(connection, reports, Report::contactPhone));
		statement.setArray(++index, texts(connection, reports, Report::deviceId));
		statement.setArray(++index, texts(connection, reports, Report::mediaUrl));
		statement.setArray(++index, texts(connection, reports, Report::similarCells));
		statement.setArray(++index, texts(connection, reports, (report) -> report.similarSince().toString()));
		statement.setArray(++index, numbers(connection, reports, Report::south));
		statement.setArray(++index, numbers(connection, reports, Report::north));
		statement.setArray(++index, numbers(connection, reports, Report::west));
		statement.setArray(++index, numbers(connection, reports, Report::east));
		return statement;
	}

	private static Array texts(Connection connection, List<Report> reports, Function<Report, String> value)
			throws SQLException {
		return connection.createArrayOf("text", reports.stream().map(value).toArray(String[]::new));
	}

	private static Array numbers(Connection connection, List<Report> reports, Function<Report, Double> value)
			throws SQLException {
		return connection.createArrayOf("float8", reports.stream().map(value).toArray(Double[]::new));
	}

	/**
	 * A report to write: the concern as stored, and where to look for similar ones.
	 *
	 * @param accountId the reporter's account, or {@code null}; with the contact fields,
	 * stored only when not anonymous
	 * @param similarCells the cells to search ({@code concerns.nearby_cell}, V103), as a
	 * PostgreSQL array
	 * @param south the box around the search's radius, with {@code north}, {@code west}
	 * and {@code east}
	 */
	record Report(String category, String description, double latitude, double longitude, String block,
			double blockLatitude, double blockLongitude, String beat, String district, ConcernSource source,
			String locale, String attributes, boolean anonymous, byte[] tokenHash, Instant at, Long accountId,
			String contactName, String contactEmail, String contactPhone, String deviceId, String mediaUrl,
			String similarCells, Instant similarSince, double south, double north, double west, double east) {

	}

	/**
	 * A written concern's id and the nearest open concerns of its category within the
	 * radius (at most as many as a receipt names).
	 */
	record Written(long id, List<Nearby> nearby) {

	}

	/**
	 * An open concern near a report.
	 */
	record Nearby(long id, double latitude, double longitude) implements Located {

	}

	/**
	 * A report waiting to be written, and then what came of it.
	 */
	static final class Pending {

		private final Report report;

		private final CountDownLatch done = new CountDownLatch(1);

		private volatile Written written;

		private volatile RuntimeException failure;

		Pending(Report report) {
			this.report = report;
		}

		Report report() {
			return this.report;
		}

		boolean done() {
			return this.done.getCount() == 0;
		}

		void succeeded(Written written) {
			this.written = written;
			this.done.countDown();
		}

		void failed(RuntimeException failure) {
			this.failure = failure;
			this.done.countDown();
		}

		/**
		 * What was written, once the writer that took the report is done with it.
		 */
		Written awaitWritten() {
			boolean interrupted = false;
			while (true) {
				try {
					this.done.await();
					break;
				}
				catch (InterruptedException ex) {
					interrupted = true;
				}
			}
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
			return written();
		}

		/**
		 * What was written.
		 * @throws RuntimeException what writing the report failed with
		 */
		Written written() {
			if (this.failure != null) {
				throw this.failure;
			}
			if (this.written == null) {
				throw new IllegalStateException("The report was not written");
			}
			return this.written;
		}

	}

}
