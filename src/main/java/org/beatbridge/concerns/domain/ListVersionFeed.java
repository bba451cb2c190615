package org.beatbridge.concerns.domain;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The list versions of every beat (V102), kept in this node's memory from PostgreSQL's
 * notifications (V107, decision 0766), so a request for a list need not ask the database
 * whether it changed. One connection of its own listens, and sends a probe on the channel
 * every {@link #CHECK_EVERY}. The numbers are used only while a probe sent within
 * {@link #TRUSTED_FOR} came back; otherwise (not connected yet, connection lost, database
 * unreachable, notifications not passed on) {@link #version} is empty and the caller
 * reads the numbers from the database. After a reconnection every number is read again,
 * so notifications missed meanwhile do not matter.
 */
@Component
class ListVersionFeed implements SmartLifecycle {

	static final String CHANNEL = "concern_list_versions";

	/** The listener's {@code application_name} in {@code pg_stat_activity}. */
	static final String APPLICATION_NAME = "beatbridge-list-versions";

	static final Duration CHECK_EVERY = Duration.ofMillis(500);

	/** How a node's probe of the channel begins: {@code probe <node> <sequence>}. */
	static final String PROBE = "probe ";

	static final Duration TRUSTED_FOR = Duration.ofSeconds(2);

	private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

	private static final Logger log = LoggerFactory.getLogger(ListVersionFeed.class);

	private final DataSource dataSource;

	private final Map<String, BeatVersion> beats = new ConcurrentHashMap<>();

	private volatile boolean live;

	private volatile long heardAt;

	private volatile boolean running;

	private Thread listener;

	// where this node's probes go: the channel, except in a test of probes lost
	private final String probes;

	@Autowired
	ListVersionFeed(DataSource dataSource) {
		this(dataSource, CHANNEL);
	}

	ListVersionFeed(DataSource dataSource, String probes) {
		this.dataSource = dataSource;
		this.probes = probes;
	}

	/**
	 * The sum of the versions of these beats (4-digit numbers; every beat when empty)
	 * that lie in this district ({@code null}: any), as
	 * {@code select sum(version) from concern_list_versions} would answer; empty when the
	 * numbers in memory cannot be trusted.
	 */
	OptionalLong version(Collection<String> beatNumbers, String district) {
		if (!this.live || System.nanoTime() - this.heardAt > TRUSTED_FOR.toNanos()) {
			return OptionalLong.empty();
		}
		long sum = 0;
		// each beat once, as "beat = any(...)" counts it
		Collection<BeatVersion> chosen = beatNumbers.isEmpty() ? this.beats.values()
				: new HashSet<>(beatNumbers).stream().map(this.beats::get).filter(Objects::nonNull).toList();
		for (BeatVersion beat : chosen) {
			if (district == null || district.equals(beat.district())) {
				sum += beat.version();
			}
		}
		return OptionalLong.of(sum);
	}

	/** Whether the listener is connected and heard from the database lately. */
	boolean isLive() {
		return version(List.of(), null).isPresent();
	}

	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		this.running = true;
		Thread thread = new Thread(this::listen, "concern-list-versions");
		thread.setDaemon(true);
		thread.start();
		this.listener = thread;
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		this.live = false;
		Thread thread = this.listener;
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(CHECK_EVERY.toMillis() * 4);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void listen() {
		long backoff = 100;
		boolean failed = false;
		while (this.running) {
			try (Connection connection = open()) {
				try (Statement statement = connection.createStatement()) {
					// listening before reading: no change falls between the two
					statement.execute("listen " + CHANNEL);
				}
				long readFrom = System.nanoTime();
				reload(connection);
				this.heardAt = readFrom;
				this.live = true;
				if (failed) {
					log.info("Listening for changes of concern lists again");
					failed = false;
				}
				backoff = 100;
				follow(connection);
			}
			catch (SQLException | RuntimeException ex) {
				this.live = false;
				if (!this.running) {
					return;
				}
				if (!failed) {
					log.warn(
							"Listening for changes of concern lists failed; lists ask the database until it is back: {}",
							ex.toString());
					failed = true;
				}
				try {
					Thread.sleep(backoff);
				}
				catch (InterruptedException interrupted) {
					return;
				}
				backoff = Math.min(backoff * 2, MAX_BACKOFF.toMillis());
			}
		}
		this.live = false;
	}

	/**
	 * Applies what is announced; every {@link #CHECK_EVERY} announces a probe of its own
	 * on the channel. Notifications arrive in commit order, so when a probe comes back
	 * every change committed before it was sent has arrived: the numbers are as fresh as
	 * the last probe that came back was sent. Probes that do not come back (a connection
	 * pooler in transaction mode does not pass notifications on) leave the numbers
	 * untrusted, and lists ask the database.
	 */
	private void follow(Connection connection) throws SQLException {
		PGConnection notifications = connection.unwrap(PGConnection.class);
		String mine = PROBE + UUID.randomUUID() + " ";
		ArrayDeque<long[]> sent = new ArrayDeque<>();
		long sequence = 0;
		long nextProbe = System.nanoTime();
		boolean warned = false;
		while (this.running) {
			long now = System.nanoTime();
			if (now - nextProbe >= 0) {
				sequence++;
				sent.add(new long[] { sequence, now });
				probe(connection, this.probes, mine + sequence);
				nextProbe = now + CHECK_EVERY.toNanos();
				if (!warned && now - this.heardAt > TRUSTED_FOR.toNanos()) {
					log.warn("Notifications on {} do not come back on this node's connection (a connection pooler in"
							+ " transaction mode?); lists ask the database for their versions", CHANNEL);
					warned = true;
				}
			}
			int wait = (int) Math.max(1, (nextProbe - System.nanoTime()) / 1_000_000);
			PGNotification[] arrived = notifications.getNotifications(wait);
			for (PGNotification notification : (arrived != null) ? arrived : new PGNotification[0]) {
				String payload = notification.getParameter();
				if (payload == null || !payload.startsWith(PROBE)) {
					apply(payload);
				}
				else if (payload.startsWith(mine)) {
					long back = Long.parseLong(payload.substring(mine.length()));
					while (!sent.isEmpty() && sent.peek()[0] <= back) {
						long[] probe = sent.poll();
						if (probe[0] == back) {
							this.heardAt = probe[1];
						}
					}
				}
				// other nodes' probes are theirs
			}
		}
	}

	/**
	 * A connection of its own, with the pool's settings: a listening connection is held
	 * for good, and the pool's connections are for requests.
	 */
	private Connection open() throws SQLException {
		if (this.dataSource instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
			Properties properties = new Properties();
			properties.putAll(hikari.getDataSourceProperties());
			if (hikari.getUsername() != null) {
				properties.setProperty("user", hikari.getUsername());
			}
			if (hikari.getPassword() != null) {
				properties.setProperty("password", hikari.getPassword());
			}
			properties.setProperty("ApplicationName", APPLICATION_NAME);
			properties.setProperty("tcpKeepAlive", "true");
			return DriverManager.getConnection(hikari.getJdbcUrl(), properties);
		}
		// another pool: one of its connections, held while listening
		return this.dataSource.getConnection();
	}

	private void reload(Connection connection) throws SQLException {
		Map<String, BeatVersion> read = new HashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select beat, district, version from concern_list_versions")) {
			while (rows.next()) {
				read.put(rows.getString(1), new BeatVersion(rows.getString(2), rows.getLong(3)));
			}
		}
		// the database's numbers, not the larger: they are the truth after a gap
		this.beats.keySet().retainAll(read.keySet());
		this.beats.putAll(read);
	}

	private static void probe(Connection connection, String channel, String payload) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("select pg_notify(?, ?)")) {
			statement.setQueryTimeout((int) TRUSTED_FOR.toSeconds());
			statement.setString(1, channel);
			statement.setString(2, payload);
			statement.execute();
		}
	}

	/** "beat district version", as V107 announces it. */
	private void apply(String payload) {
		String[] parts = (payload != null) ? payload.split(" ") : new String[0];
		if (parts.length != 3) {
			log.warn("Ignored a malformed notification on {}: {}", CHANNEL, payload);
			return;
		}
		try {
			BeatVersion announced = new BeatVersion(parts[1], Long.parseLong(parts[2]));
			this.beats.merge(parts[0], announced,
					(known, arrived) -> (arrived.version() > known.version()) ? arrived : known);
		}
		catch (NumberFormatException ex) {
			log.warn("Ignored a malformed notification on {}: {}", CHANNEL, payload);
		}
	}

	private record BeatVersion(String district, long version) {

	}

}
