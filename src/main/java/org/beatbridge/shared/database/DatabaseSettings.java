package org.beatbridge.shared.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where BeatBridge keeps its files, and how the embedded database behaves.
 *
 * @param dataDir folder of the embedded database (and later uploads); {@code ./data} by
 * default, {@code BEATBRIDGE_DATA_DIR} moves it
 * @param embeddedEphemeral start the embedded database in a fresh temporary folder that
 * is deleted on shutdown (used by the tests)
 * @param embeddedPoolSize connections in the pool in front of the embedded database
 * @param embeddedStatementStatistics load {@code pg_stat_statements} into the embedded
 * server (benchmarks: what each statement costs)
 */
@ConfigurationProperties("beatbridge")
public record DatabaseSettings(@DefaultValue("./data") Path dataDir, @DefaultValue("false") boolean embeddedEphemeral,
		@DefaultValue("10") int embeddedPoolSize, @DefaultValue("false") boolean embeddedStatementStatistics) {

	public Path postgresDir() {
		return this.dataDir.resolve("postgres");
	}

}
