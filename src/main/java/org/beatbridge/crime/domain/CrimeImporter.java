package org.beatbridge.crime.domain;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
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
import java.util.Map;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.beatbridge.crime.CrimeImport;
import org.beatbridge.crime.CrimeImportFailed;
import org.beatbridge.crime.ImportProgress;
import org.beatbridge.crime.ImportSummary;
import org.beatbridge.crime.RejectedRow;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a portal export in one transaction: the rows stream through a check into a
 * temporary staging table with {@code COPY}, one {@code INSERT ... ON CONFLICT} merges
 * them into the incidents, then the touched weeks are counted again and the touched
 * beats' upticks recomputed. A crash anywhere leaves nothing behind; a rerun does the
 * whole job.
 */
@Service
class CrimeImporter implements CrimeImport {

	private static final Logger log = LoggerFactory.getLogger(CrimeImporter.class);

	/** Rejections listed in a summary; the count goes on. */
	static final int LISTED_REJECTIONS = 1000;

	/** One import at a time, across all the nodes sharing the database. */
	private static final long IMPORT_LOCK = 0x0C41_4D45L;

	private static final int PROGRESS_EVERY = 10_000;

	private static final String STAGING_TABLE = """
			CREATE TEMP TABLE crime_import_staging (
			  line_no BIGINT, id BIGINT, case_number TEXT, occurred_at TIMESTAMP, block TEXT, iucr TEXT,
			  primary_type TEXT, description TEXT, location_description TEXT, arrest BOOLEAN, domestic BOOLEAN,
			  beat TEXT, district TEXT, ward SMALLINT, community_area SMALLINT, fbi_code TEXT,
			  x_coordinate INTEGER, y_coordinate INTEGER, year SMALLINT, updated_on TIMESTAMP,
			  latitude DOUBLE PRECISION, longitude DOUBLE PRECISION, location TEXT,
			  assigned_beat TEXT, assigned_district TEXT, category TEXT
			) ON COMMIT DROP""";

	private static final String COLUMNS = """
			id, case_number, occurred_at, block, iucr, primary_type, description, location_description, arrest,
			domestic, beat, district, ward, community_area, fbi_code, x_coordinate, y_coordinate, year, updated_on,
			latitude, longitude, location, assigned_beat, assigned_district, category""";

	private static final String UPSERT = """
			WITH merged AS (
			  INSERT INTO crime_incidents (%1$s)
			  SELECT %1$s FROM crime_import_staging
			  ON CONFLICT (id) DO UPDATE SET
			    case_number = excluded.case_number, occurred_at = excluded.occurred_at, block = excluded.block,
			    iucr = excluded.iucr, primary_type = excluded.primary_type, description = excluded.description,
			    location_description = excluded.location_description, arrest = excluded.arrest,
			    domestic = excluded.domestic, beat = excluded.beat, district = excluded.district,
			    ward = excluded.ward, community_area = excluded.community_area, fbi_code = excluded.fbi_code,
			    x_coordinate = excluded.x_coordinate, y_coordinate = excluded.y_coordinate, year = excluded.year,
			    updated_on = excluded.updated_on, latitude = excluded.latitude, longitude = excluded.longitude,
			    location = excluded.location, assigned_beat = excluded.assigned_beat,
			    assigned_district = excluded.assigned_district, category = excluded.category
			  WHERE excluded.updated_on > crime_incidents.updated_on
			  RETURNING (xmax = 0) AS inserted, assigned_beat, assigned_district, week_start
			), touched AS (
			  INSERT INTO crime_import_touched (beat, district, week_start)
			  SELECT DISTINCT assigned_beat, assigned_district, week_start FROM merged
			)
			SELECT count(*) FILTER (WHERE inserted) AS inserted, count(*) FILTER (WHERE NOT inserted) AS updated
			FROM merged""".formatted(COLUMNS);

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
		this.jdbc.sql(STAGING_TABLE).update();
		this.jdbc
			.sql("CREATE TEMP TABLE crime_import_touched (beat TEXT, district TEXT, week_start DATE) ON COMMIT DROP")
			.update();
		PortalRowConverter converter = new PortalRowConverter(this.beats.snapshot(), CategoryRules.load(this.jdbc),
				CityBounds.CHICAGO);
		Rejections rejections = new Rejections();
		long[] read = stage(source, converter, rejections, progress);
		long staged = read[1];
		staged -= dropDuplicates(rejections);
		this.jdbc.sql("""
				INSERT INTO crime_import_touched (beat, district, week_start)
				SELECT DISTINCT i.assigned_beat, i.assigned_district, i.week_start
				FROM crime_incidents i JOIN crime_import_staging s ON s.id = i.id
				WHERE s.updated_on > i.updated_on""").update();
		Map<String, Object> merged = this.jdbc.sql(UPSERT).query().singleRow();
		long inserted = ((Number) merged.get("inserted")).longValue();
		long updated = ((Number) merged.get("updated")).longValue();
		int newUpticks = 0;
		if (inserted + updated > 0) {
			newUpticks = this.upticks.refresh(this.weeklyCounts.recountTouched());
		}
		return new ImportSummary(read[0], inserted, updated, staged - inserted - updated, rejections.listed(),
				rejections.count, newUpticks, Duration.ofNanos(System.nanoTime() - started));
	}

	/**
	 * @return rows read and rows staged
	 */
	private long[] stage(InputStream source, PortalRowConverter converter, Rejections rejections,
			ImportProgress progress) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		CountingInputStream counted = new CountingInputStream(source);
		long rowsRead = 0;
		long staged = 0;
		long line = 1;
		PGCopyOutputStream copy = null;
		try {
			PGConnection postgres = connection.unwrap(PGConnection.class);
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
			copy = new PGCopyOutputStream(postgres, "COPY crime_import_staging FROM STDIN", 1 << 16);
			Writer writer = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16);
			StagingWriter staging = new StagingWriter(writer);
			String[] values = new String[PortalRowConverter.VALUES];
			while (records.hasNext()) {
				CSVRecord record = records.next();
				rowsRead++;
				String problem = converter.convert(record, values);
				if (problem == null) {
					staging.write(line, values);
					staged++;
				}
				else {
					rejections.add(line, problem);
				}
				line = parser.getCurrentLineNumber() + 1;
				if (rowsRead % PROGRESS_EVERY == 0) {
					progress.rowsRead(rowsRead, counted.count);
				}
			}
			writer.flush();
			copy.endCopy();
			progress.rowsRead(rowsRead, counted.count);
			return new long[] { rowsRead, staged };
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			cancel(copy);
			throw CrimeImportFailed.unreadable(line, (ex instanceof UncheckedIOException) ? ex.getCause() : ex);
		}
		catch (SQLException ex) {
			cancel(copy);
			throw CrimeImportFailed.unreadable(line, ex);
		}
		catch (RuntimeException ex) {
			cancel(copy);
			throw ex;
		}
	}

	private static void cancel(PGCopyOutputStream copy) {
		if (copy != null && copy.isActive()) {
			try {
				copy.cancelCopy();
			}
			catch (SQLException ex) {
				log.debug("Could not cancel the COPY of a failed import", ex);
			}
		}
	}

	/**
	 * The portal's IDs are unique, but a hand-made file may repeat one: the row with the
	 * latest {@code Updated On} stays, the others are reported.
	 * @return rows dropped
	 */
	private long dropDuplicates(Rejections rejections) {
		boolean repeated = this.jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM crime_import_staging GROUP BY id HAVING count(*) > 1)")
			.query(Boolean.class)
			.single();
		if (!repeated) {
			return 0;
		}
		long[] dropped = { 0 };
		this.jdbc.sql("""
				WITH ranked AS (
				  SELECT ctid, row_number() OVER (PARTITION BY id ORDER BY updated_on DESC, line_no DESC) AS rank
				  FROM crime_import_staging
				), dropped AS (
				  DELETE FROM crime_import_staging s USING ranked r
				  WHERE s.ctid = r.ctid AND r.rank > 1
				  RETURNING s.line_no, s.id)
				SELECT line_no, id, count(*) OVER () AS dropped FROM dropped ORDER BY line_no LIMIT ?""")
			.param(LISTED_REJECTIONS)
			.query((rs, row) -> {
				dropped[0] = rs.getLong(3);
				rejections.add(rs.getLong(1), "ID " + rs.getLong(2)
						+ " appears more than once in the file; the row with the latest Updated On was kept");
				return null;
			})
			.list();
		rejections.count += Math.max(0, dropped[0] - LISTED_REJECTIONS);
		return dropped[0];
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
