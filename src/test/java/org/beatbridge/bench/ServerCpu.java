package org.beatbridge.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * CPU time used so far by this JVM and by every process of the embedded PostgreSQL
 * (postmaster, backends, WAL writer, checkpointer): on a machine other work shares, CPU
 * per request or row compares where wall-clock rates cannot.
 */
public final class ServerCpu {

	private static final long TICKS_PER_SECOND = 100;

	private final long postmaster;

	private ServerCpu(long postmaster) {
		this.postmaster = postmaster;
	}

	/** The server whose PostgreSQL this client talks to (on this machine). */
	public static ServerCpu of(JdbcClient jdbc) throws IOException {
		long backend = jdbc.sql("SELECT pg_backend_pid()").query(Long.class).single();
		return new ServerCpu(parent(Files.readString(Path.of("/proc/" + backend + "/stat"))));
	}

	/** Nanoseconds of CPU (user and system) so far. */
	public long nanos() {
		return jvmNanos() + postgresNanos();
	}

	/** Nanoseconds of CPU of this JVM so far. */
	public long jvmNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/** Nanoseconds of CPU of the PostgreSQL processes so far (those running now). */
	public long postgresNanos() {
		long nanos = 0;
		for (long pid : postgresProcesses()) {
			try {
				String[] fields = fields(Files.readString(Path.of("/proc/" + pid + "/stat")));
				// fields 14 and 15 of stat (utime, stime) are 11 and 12 after the name
				nanos += (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1_000_000_000L / TICKS_PER_SECOND;
			}
			catch (IOException | RuntimeException ex) {
				// the process ended meanwhile
			}
		}
		return nanos;
	}

	private List<Long> postgresProcesses() {
		List<Long> pids = new ArrayList<>();
		pids.add(this.postmaster);
		try (var children = Files.list(Path.of("/proc"))) {
			children.map((path) -> path.getFileName().toString())
				.filter((name) -> name.chars().allMatch(Character::isDigit))
				.forEach((name) -> {
					try {
						if (parent(Files.readString(Path.of("/proc/" + name + "/stat"))) == this.postmaster) {
							pids.add(Long.parseLong(name));
						}
					}
					catch (IOException | RuntimeException ex) {
						// the process ended meanwhile
					}
				});
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot list /proc", ex);
		}
		return pids;
	}

	private static long parent(String stat) {
		return Long.parseLong(fields(stat)[1]);
	}

	private static String[] fields(String stat) {
		return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
	}

}
