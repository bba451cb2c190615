package org.beatbridge.concerns.domain;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The list versions of every beat (V102), kept in this node's memory from PostgreSQL's
 * notifications (V107, decision 0766), so a request for a list need not ask the database
 * whether it changed. One connection of its own listens; it asks the database at least
 * every {@link #CHECK_EVERY} when nothing is announced. The numbers are used only while
 * the listener heard from the database within {@link #TRUSTED_FOR}; otherwise (not
 * connected yet, connection lost, database unreachable) {@link #version} is empty and the
 * caller reads the numbers from the database. After a reconnection every number is read
 * again, so notifications missed meanwhile do not matter.
 */
@Component
class ListVersionFeed implements SmartLifecycle {

	static final String CHANNEL = "concern_list_versions";

	/** The listener's {@code application_name} in {@code pg_stat_activity}. */
	static final String APPLICATION_NAME = "beatbridge-list-versions";

	static final Duration CHECK_EVERY = Duration.ofMillis(500);

	static final Duration TRUSTED_FOR = Duration.ofSeconds(2);

	private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

	private static final Logger log = LoggerFactory.getLogger(ListVersionFeed.class);

	private final DataSource dataSource;

	private final Map<String, BeatVersion> beats = new ConcurrentHashMap<>();

	private volatile boolean live;

	private volatile long heardAt;

	private volatile boolean running;

	private Thread listener;

	ListVersionFeed(DataSource dataSource) {
		this.dataSource = dataSource;
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
		Iterable<BeatVersion> chosen = beatNumbers.isEmpty() ? this.beats.values()
				: new LinkedHashSet<>(beatNumbers).stream().map(this.beats::get).toList();
		for (BeatVersion beat : chosen) {
			if (beat != null && (district == null || district.equals(beat.district()))) {
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
				reload(connection);
				heard();
				this.live = true;
				if (failed) {
					log.info("Listening for changes of concern lists again");
					failed = false;
				}
				backoff = 100;
				PGConnection notifications = connection.unwrap(PGConnection.class);
				while (this.running) {
					PGNotification[] arrived = notifications.getNotifications((int) CHECK_EVERY.toMillis());
					if (arrived == null || arrived.length == 0) {
						check(connection);
					}
					else {
						for (PGNotification notification : arrived) {
							apply(notification.getParameter());
						}
					}
					heard();
				}
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

	private void heard() {
		this.heardAt = System.nanoTime();
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

	private static void check(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.setQueryTimeout((int) TRUSTED_FOR.toSeconds());
			statement.execute("select 1");
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
