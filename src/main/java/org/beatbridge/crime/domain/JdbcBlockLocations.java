package org.beatbridge.crime.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.beatbridge.crime.BlockLocations;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Blocks in {@code crime_blocks}, rebuilt from {@code crime_incidents} when PostgreSQL's
 * row counters say the incidents changed: the import needs no extra index and no hook
 * (decision 0701).
 */
@Service
class JdbcBlockLocations implements BlockLocations {

	// About 150 m in Chicago
	private static final double NEAR_LATITUDE = 0.00135;

	private static final double NEAR_LONGITUDE = 0.0018;

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private static final Duration CHECK_EVERY = Duration.ofSeconds(30);

	private volatile Snapshot snapshot;

	JdbcBlockLocations(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<BlockPoint> locate(String typedAddress) {
		Optional<BlockNames.Block> parsed = BlockNames.parse(typedAddress);
		if (parsed.isEmpty()) {
			return Optional.empty();
		}
		BlockNames.Block block = parsed.get();
		Optional<BlockPoint> exact = this.jdbc
			.sql("select block, latitude, longitude from crime_blocks where street = ? and hundred = ?")
			.params(block.street(), block.hundred())
			.query(BlockPoint.class)
			.optional();
		if (exact.isPresent()) {
			return exact;
		}
		// Typed without direction or suffix ("1800 fargo"): the busiest block of that
		// name
		String core = BlockNames.core(block.street());
		List<BlockPoint> candidates = this.jdbc.sql("""
				select block, latitude, longitude from crime_blocks
				where hundred = ? and (street = ? or street like ? or street like ? or street like ?)
				order by incidents desc limit 1""")
			.params(block.hundred(), core, "% " + core, core + " %", "% " + core + " %")
			.query(BlockPoint.class)
			.list();
		return candidates.stream().findFirst();
	}

	@Override
	public Optional<BlockPoint> nearest(double latitude, double longitude) {
		return current().index().nearest(latitude, longitude, NEAR_LATITUDE, NEAR_LONGITUDE);
	}

	/**
	 * The blocks of this node, read again when they were rebuilt (by any node), checked
	 * at most every {@link #CHECK_EVERY}: blocks change only with crime imports.
	 */
	private Snapshot current() {
		Snapshot known = this.snapshot;
		Instant now = Instant.now();
		if (known != null && now.isBefore(known.checkedAt().plus(CHECK_EVERY))) {
			return known;
		}
		Instant rebuiltAt = this.jdbc.sql("select rebuilt_at from crime_blocks_state where id = 1")
			.query(OffsetDateTime.class)
			.optional()
			.map(OffsetDateTime::toInstant)
			.orElse(Instant.EPOCH);
		if (known != null && known.rebuiltAt().equals(rebuiltAt)) {
			known = new Snapshot(rebuiltAt, now, known.index());
		}
		else {
			known = new Snapshot(rebuiltAt, now,
					new NearestBlocks(this.jdbc.sql("select block, latitude, longitude from crime_blocks")
						.query(BlockPoint.class)
						.list()));
		}
		this.snapshot = known;
		return known;
	}

	@Override
	@Transactional
	public void refresh() {
		rebuild(fingerprint());
		this.snapshot = null;
	}

	/**
	 * Rebuilds the blocks once per city when the incidents changed since the last build.
	 */
	@Scheduled(initialDelayString = "${beatbridge.crime.blocks-check-initial-delay:PT20S}",
			fixedDelayString = "${beatbridge.crime.blocks-check-interval:PT5M}")
	@SchedulerLock(name = "crime-blocks")
	@Transactional
	public void refreshWhenIncidentsChanged() {
		long fingerprint = fingerprint();
		Long built = this.jdbc.sql("select fingerprint from crime_blocks_state where id = 1")
			.query(Long.class)
			.optional()
			.orElse(null);
		if (built == null || built != fingerprint) {
			rebuild(fingerprint);
		}
	}

	private long fingerprint() {
		return this.jdbc.sql("""
				select coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0)::bigint
				from pg_stat_user_tables where relname = 'crime_incidents'""").query(Long.class).single();
	}

	private void rebuild(long fingerprint) {
		// One rebuild at a time, whether asked for or scheduled, on any node
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('crime_blocks'))").query((rs) -> {
		});
		List<Object[]> rows = new ArrayList<>();
		this.jdbc.sql("""
				select block, avg(latitude), avg(longitude), count(*) from crime_incidents
				where block is not null and latitude between 41.6 and 42.1 and longitude between -87.95 and -87.5
				group by block""").query((rs) -> {
			String block = rs.getString(1);
			double latitude = rs.getDouble(2);
			double longitude = rs.getDouble(3);
			int incidents = rs.getInt(4);
			BlockNames.parse(block)
				.ifPresent((parsed) -> rows
					.add(new Object[] { block, parsed.street(), parsed.hundred(), latitude, longitude, incidents }));
		});
		this.jdbc.sql("delete from crime_blocks").update();
		this.batch.batchUpdate("""
				insert into crime_blocks (block, street, hundred, latitude, longitude, incidents)
				values (?, ?, ?, ?, ?, ?)""", rows);
		this.jdbc.sql("""
				insert into crime_blocks_state (id, fingerprint, rebuilt_at) values (1, ?, now())
				on conflict (id) do update set fingerprint = excluded.fingerprint, rebuilt_at = now()""")
			.param(fingerprint)
			.update();
	}

	private record Snapshot(Instant rebuiltAt, Instant checkedAt, NearestBlocks index) {

	}

}
