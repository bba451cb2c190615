package org.beatbridge.crime.domain;

import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * A few thousand checked rows of an import, merged at once: the incidents they already
 * have are looked up by ID; new ones go straight into {@code crime_incidents} with COPY,
 * the ones with a later {@code Updated On} through a small staging table, the rest are
 * unchanged. Every change to the weekly counts is noted on the way.
 */
final class ImportBatch {

	static final int SIZE = 5_000;

	/**
	 * The first batch of a file is handed over sooner: the database has nothing to do
	 * until it arrives.
	 */
	static final int FIRST_SIZE = 1_000;

	static final String COLUMNS = "id, case_number, occurred_at, block, iucr, primary_type, description, "
			+ "location_description, arrest, domestic, beat, district, ward, community_area, fbi_code, x_coordinate, "
			+ "y_coordinate, year, updated_on, latitude, longitude, location, assigned_beat, assigned_district, category";

	static final String UPDATES_TABLE = "CREATE TEMP TABLE crime_import_updates (LIKE crime_incidents "
			+ "INCLUDING DEFAULTS) ON COMMIT DROP";

	private static final String UPDATE = """
			UPDATE crime_incidents i SET case_number = u.case_number, occurred_at = u.occurred_at, block = u.block,
			  iucr = u.iucr, primary_type = u.primary_type, description = u.description,
			  location_description = u.location_description, arrest = u.arrest, domestic = u.domestic, beat = u.beat,
			  district = u.district, ward = u.ward, community_area = u.community_area, fbi_code = u.fbi_code,
			  x_coordinate = u.x_coordinate, y_coordinate = u.y_coordinate, year = u.year, updated_on = u.updated_on,
			  latitude = u.latitude, longitude = u.longitude, location = u.location, assigned_beat = u.assigned_beat,
			  assigned_district = u.assigned_district, category = u.category
			FROM crime_import_updates u WHERE i.id = u.id""";

	private final Map<Long, Row> rows = new HashMap<>(SIZE * 2);

	/** Used on the reader thread only, which fills a batch. */
	private final BinaryCopy encoder = new BinaryCopy();

	private final int size;

	ImportBatch(int size) {
		this.size = size;
	}

	int size() {
		return this.rows.size();
	}

	boolean isFull() {
		return this.rows.size() >= this.size;
	}

	/**
	 * @return the line of a row with the same ID this row replaced or lost to, or 0
	 */
	long add(long line, String[] values, long[] numbers) {
		long id = numbers[0];
		long updatedOn = numbers[18];
		Row row = new Row(line, updatedOn, values[22], values[23], PortalTimestamp.mondayOf(numbers[2]), values[24],
				this.encoder.encoded(values, numbers));
		Row earlier = this.rows.get(id);
		if (earlier == null) {
			this.rows.put(id, row);
			return 0;
		}
		if (updatedOn > earlier.updatedOn()) {
			this.rows.put(id, row);
			return earlier.line();
		}
		return line;
	}

	void merge(Connection connection, WeeklyChanges changes, Totals totals) throws SQLException, IOException {
		if (this.rows.isEmpty()) {
			return;
		}
		long sorting = System.nanoTime();
		// in ID order: the key's index is written and read page after page rather than at
		// random
		long[] ids = new long[this.rows.size()];
		int count = 0;
		for (Long id : this.rows.keySet()) {
			ids[count++] = id;
		}
		Arrays.sort(ids);
		long started = System.nanoTime();
		// the debug log counts sorting with the writes, as before
		totals.writeNanos += started - sorting;
		// Only the IDs that may be stored are looked up: the portal numbers incidents as
		// they are reported, so most of a new export is above every stored ID, and the
		// IDs this import (or its command's earlier files) stored are known (0413)
		Map<Long, Row> existing = new HashMap<>();
		long[] candidates = new long[ids.length];
		int maybeStored = 0;
		for (long id : ids) {
			if (totals.stored.mayBeStored(id)) {
				candidates[maybeStored++] = id;
			}
		}
		if (maybeStored > 0) {
			// no query while a COPY is open
			totals.incidents.end();
			existing(connection, candidates, maybeStored, existing);
		}
		long looked = System.nanoTime();
		totals.lookupNanos += looked - started;
		List<Row> inserts = new ArrayList<>(ids.length);
		long[] insertedIds = new long[ids.length];
		List<Row> updates = new ArrayList<>();
		List<Row> replaced = new ArrayList<>();
		for (long id : ids) {
			Row row = this.rows.get(id);
			Row old = existing.get(id);
			if (old == null) {
				insertedIds[inserts.size()] = id;
				inserts.add(row);
			}
			else if (row.updatedOn() > old.updatedOn()) {
				updates.add(row);
				replaced.add(old);
			}
			else {
				totals.unchanged++;
			}
		}
		// the new incidents go into the COPY left open from batch to batch, so the server
		// never waits for the next batch's statement; the counts' changes are summed
		// while it stores them
		totals.incidents.write(connection, inserts);
		count(inserts, replaced, updates, changes);
		totals.stored.add(insertedIds, inserts.size());
		totals.inserted += inserts.size();
		if (!updates.isEmpty()) {
			totals.incidents.end();
			if (!totals.updatesTableCreated) {
				try (Statement statement = connection.createStatement()) {
					statement.execute(UPDATES_TABLE);
				}
				totals.updatesTableCreated = true;
			}
			RowCopy staged = new RowCopy("crime_import_updates");
			staged.write(connection, updates);
			staged.end();
			try (Statement statement = connection.createStatement()) {
				statement.executeUpdate(UPDATE);
				statement.executeUpdate("TRUNCATE crime_import_updates");
			}
			totals.updated += updates.size();
		}
		changes.flushIfLarge();
		this.rows.clear();
		totals.writeNanos += System.nanoTime() - looked;
	}

	/**
	 * Reads the stored incidents among the first {@code candidates} of these IDs.
	 * @param ids in order
	 */
	private static void existing(Connection connection, long[] ids, int candidates, Map<Long, Row> existing)
			throws SQLException {
		Long[] boxed = new Long[candidates];
		for (int i = 0; i < candidates; i++) {
			boxed[i] = ids[i];
		}
		Array array = connection.createArrayOf("bigint", boxed);
		// A batch of primary keys is always an index lookup. After a table was
		// emptied or first filled, its statistics are stale and the planner chose
		// sequential scans of the growing table for every batch (a quiet benchmark
		// round fell from 51 % to 3 % of raw COPY). Reset right after the lookup.
		try (Statement setting = connection.createStatement()) {
			setting.execute("SET LOCAL enable_seqscan = off");
		}
		try (PreparedStatement query = connection.prepareStatement("""
				SELECT id, ((extract(epoch FROM updated_on) - 946684800) * 1000000)::bigint, assigned_beat,
				  assigned_district, date_trunc('week', occurred_at)::date, category
				FROM crime_incidents WHERE id = ANY (?::bigint[])""")) {
			query.setArray(1, array);
			try (ResultSet result = query.executeQuery()) {
				while (result.next()) {
					// Updated On as microseconds since 2000-01-01, as the check parses it
					existing.put(result.getLong(1), new Row(0, result.getLong(2), result.getString(3),
							result.getString(4), result.getDate(5).toLocalDate(), result.getString(6), null));
				}
			}
		}
		finally {
			array.free();
			try (Statement setting = connection.createStatement()) {
				setting.execute("SET LOCAL enable_seqscan TO DEFAULT");
			}
		}
	}

	/** Every insert adds one to its count, every update moves one. */
	private static void count(List<Row> inserts, List<Row> replaced, List<Row> updates, WeeklyChanges changes) {
		for (Row row : inserts) {
			changes.add(row.beat(), row.district(), row.week(), row.category(), 1);
		}
		for (int i = 0; i < updates.size(); i++) {
			Row old = replaced.get(i);
			Row row = updates.get(i);
			changes.add(old.beat(), old.district(), old.week(), old.category(), -1);
			changes.add(row.beat(), row.district(), row.week(), row.category(), 1);
		}
	}

	/**
	 * A binary {@code COPY} of rows into a table, kept open across batches (and files):
	 * ended only when the import must send another statement, and at its end.
	 */
	static final class RowCopy {

		private final String table;

		private PGCopyOutputStream copy;

		RowCopy(String table) {
			this.table = table;
		}

		void write(Connection connection, List<Row> rows) throws SQLException, IOException {
			if (rows.isEmpty()) {
				return;
			}
			if (this.copy == null) {
				this.copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
						"COPY " + this.table + " (" + COLUMNS + ") FROM STDIN (FORMAT binary)", 1 << 16);
				this.copy.write(BinaryCopy.HEADER);
			}
			for (Row row : rows) {
				this.copy.write(row.copyRow());
			}
			// the server stores these while the next batch is made
			this.copy.flush();
		}

		/** Ends the COPY, if one is open: its rows are stored once this returns. */
		void end() throws SQLException, IOException {
			if (this.copy != null) {
				PGCopyOutputStream open = this.copy;
				this.copy = null;
				try {
					open.write(BinaryCopy.TRAILER);
					open.endCopy();
				}
				finally {
					cancel(open);
				}
			}
		}

		/** Gives up the COPY, if one is open (the import failed). */
		void cancel() {
			PGCopyOutputStream open = this.copy;
			this.copy = null;
			if (open != null) {
				cancel(open);
			}
		}

		private static void cancel(PGCopyOutputStream open) {
			if (open.isActive()) {
				try {
					open.cancelCopy();
				}
				catch (SQLException ex) {
					// the transaction fails anyway
				}
			}
		}

	}

	/** What the batches of an import did. */
	static final class Totals {

		long inserted;

		long updated;

		long unchanged;

		/** Which IDs may be stored already (the others are new). */
		StoredIds stored;

		/**
		 * The COPY of new incidents, open from batch to batch while nothing else is sent.
		 */
		final RowCopy incidents = new RowCopy("crime_incidents");

		/** The staging table of updated incidents exists (made only when needed). */
		boolean updatesTableCreated;

		/** Where the time went, for the debug log. */
		long lookupNanos;

		long writeNanos;

		long waitNanos;

	}

	private record Row(long line, long updatedOn, String beat, String district, LocalDate week, String category,
			byte[] copyRow) {

	}

}
