package org.beatbridge.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL server on the data folder: started by this process, or, when
 * another BeatBridge process (the server while a CLI command runs, say) already runs it
 * on the same folder, attached to.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	static final String USER = "postgres";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private final EmbeddedPostgres owned;

	private final int port;

	private EmbeddedPostgresServer(EmbeddedPostgres owned, int port) {
		this.owned = owned;
		this.port = port;
	}

	static EmbeddedPostgresServer startOrAttach(DatabaseSettings settings) {
		try {
			if (settings.embeddedEphemeral()) {
				// a throw-away database (tests) need not survive a power cut
				EmbeddedPostgres.Builder builder = builder().setServerConfig("synchronous_commit", "off");
				if (settings.embeddedStatementStatistics()) {
					builder.setServerConfig("shared_preload_libraries", "pg_stat_statements")
						.setServerConfig("pg_stat_statements.track", "all")
						.setServerConfig("pg_stat_statements.track_planning", "on");
				}
				EmbeddedPostgres postgres = builder.start();
				return new EmbeddedPostgresServer(postgres, postgres.getPort());
			}
			Path dir = settings.postgresDir().toAbsolutePath().normalize();
			Optional<Integer> running = runningPort(dir);
			if (running.isPresent()) {
				log.info("Using the embedded PostgreSQL already running on {} (port {})", dir, running.get());
				return new EmbeddedPostgresServer(null, running.get());
			}
			Files.createDirectories(dir);
			// the library turns synchronous_commit off by default; a city's data must
			// survive a
			// crash of the machine once a commit has been acknowledged
			EmbeddedPostgres postgres = builder().setDataDirectory(dir)
				.setCleanDataDirectory(false)
				.setServerConfig("synchronous_commit", "on")
				.start();
			log.info("Started embedded PostgreSQL on {} (port {})", dir, postgres.getPort());
			return new EmbeddedPostgresServer(postgres, postgres.getPort());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
		}
	}

	private static EmbeddedPostgres.Builder builder() {
		// Spring closes the server after the pool (bean order); a second hook of its own
		// races that
		return EmbeddedPostgres.builder()
			.setRegisterShutdownHook(false)
			.setServerConfig("max_connections", "100")
			.setServerConfig("shared_buffers", "128MB")
			.setLocaleConfig("encoding", "UTF8")
			.setLocaleConfig("locale", "C");
	}

	/**
	 * The port of a postmaster already serving this folder: PostgreSQL writes it on the
	 * fourth line of {@code postmaster.pid}; the pid file may be stale, so the port must
	 * also answer.
	 */
	static Optional<Integer> runningPort(Path dir) {
		Path pidFile = dir.resolve("postmaster.pid");
		if (!Files.isReadable(pidFile)) {
			return Optional.empty();
		}
		try {
			List<String> lines = Files.readAllLines(pidFile);
			if (lines.size() < 4) {
				return Optional.empty();
			}
			int port = Integer.parseInt(lines.get(3).trim());
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("localhost", port), 500);
				return Optional.of(port);
			}
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + this.port + "/postgres";
	}

	public int port() {
		return this.port;
	}

	public boolean ownsServer() {
		return this.owned != null;
	}

	@Override
	public void close() throws IOException {
		if (this.owned != null) {
			this.owned.close();
		}
	}

}
