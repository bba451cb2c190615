package org.beatbridge.shared.sampledata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.GZIPInputStream;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Loads a module's sample on first start. Several nodes may start together against one
 * database: the load runs under a cluster-wide lock, and the emptiness check is repeated
 * inside it, so only one node loads.
 */
@Component
public class SampleData {

	private static final Logger log = LoggerFactory.getLogger(SampleData.class);

	private final SampleDataSettings settings;

	private final JdbcTemplate jdbc;

	private final LockingTaskExecutor locks;

	SampleData(SampleDataSettings settings, JdbcTemplate jdbc, LockProvider lockProvider) {
		this.settings = settings;
		this.jdbc = jdbc;
		this.locks = new DefaultLockingTaskExecutor(lockProvider);
	}

	/**
	 * Runs {@code load} once per installation if loading samples is on and {@code table}
	 * has no row.
	 * @param name the sample's name, for the lock and the log
	 * @param table the table whose emptiness means "fresh installation"
	 * @param load what loads the sample
	 */
	public void loadIfEmpty(String name, String table, Runnable load) {
		if (!this.settings.loadWhenEmpty() || !isEmpty(table)) {
			return;
		}
		LockConfiguration lock = new LockConfiguration(Instant.now(), "sample-data:" + name, Duration.ofMinutes(10),
				Duration.ZERO);
		this.locks.executeWithLock((Runnable) () -> {
			if (isEmpty(table)) {
				log.info(
						"Loading the {} sample (first start; beatbridge.sample-data.load-when-empty=false turns this off)",
						name);
				load.run();
			}
		}, lock);
	}

	/**
	 * Opens a gzip-compressed file of {@code src/main/resources/sample}.
	 * @param fileName the file's name, e.g. {@code crimes_2017_05.csv.gz}
	 * @return the uncompressed content; the caller closes it
	 */
	public InputStream open(String fileName) {
		try {
			return new GZIPInputStream(new ClassPathResource("sample/" + fileName).getInputStream(), 1 << 16);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The sample file " + fileName + " is missing from the build", ex);
		}
	}

	private boolean isEmpty(String table) {
		Boolean any = this.jdbc.queryForObject("select exists (select 1 from " + table + ")", Boolean.class);
		return !Boolean.TRUE.equals(any);
	}

}
