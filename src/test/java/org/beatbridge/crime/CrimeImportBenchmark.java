package org.beatbridge.crime;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.beatbridge.BeatBridgeApplication;
import org.beatbridge.bench.Profile;
import org.beatbridge.bench.ServerCpu;
import org.beatbridge.crime.domain.Upticks;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * Benchmark of the crime import against PostgreSQL's own COPY on the same embedded
 * server, in the same run. Not a test: run it with
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.beatbridge.crime.CrimeImportBenchmark [-Dexec.args="files|cli|growth|heap|api"]
 * </pre>
 *
 * {@code files}: the six 2017 files (130,385 rows) by raw COPY into a typed table, by
 * COPY into a text staging table plus INSERT ... SELECT, and by {@link CrimeImport}; then
 * a city-wide recomputation of the upticks. {@code cli}: the six files by raw COPY and by
 * the {@code import-crimes} command in a process of its own, as an administrator runs it
 * ({@code bin/beatbridge}, and plain {@code java -jar} for comparison), against this
 * run's embedded server; needs {@code ./mvnw -q package -DskipTests} first.
 * {@code growth}: 10k, 100k and 1M rows made by repeating the real rows with new IDs.
 * {@code heap}: the 1M file alone, with the peak heap (run with
 * {@code MAVEN_OPTS=-Xmx256m} to show it stays bounded).
 */
public final class CrimeImportBenchmark {

	static final Path DATA = Path.of("../shared/data/crimes");

	static final String[] DISTRICTS = { "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "14", "15", "16",
			"17", "18", "19", "20", "22", "24", "25" };

	static final String PORTAL_TYPES = """
			id BIGINT PRIMARY KEY, case_number TEXT, occurred_at TIMESTAMP, block TEXT, iucr TEXT, primary_type TEXT,
			description TEXT, location_description TEXT, arrest BOOLEAN, domestic BOOLEAN, beat TEXT, district TEXT,
			ward SMALLINT, community_area SMALLINT, fbi_code TEXT, x_coordinate INTEGER, y_coordinate INTEGER,
			year SMALLINT, updated_on TIMESTAMP, latitude DOUBLE PRECISION, longitude DOUBLE PRECISION,
			location TEXT""";

	static final String CASTS = """
			c1::bigint, c2, c3::timestamp, c4, c5, c6, c7, c8, c9::boolean, c10::boolean, c11, c12, c13::smallint,
			c14::smallint, c15, c16::integer, c17::integer, c18::smallint, c19::timestamp, c20::double precision,
			c21::double precision, c22""";

	/** The last line of {@code import-crimes}: rows read, seconds, rows/s. */
	private static final Pattern CLI_PHASES = Pattern.compile("Import phases: .*");

	private static final Pattern CLI_SUMMARY = Pattern
		.compile("Imported \\d+ file\\(s\\): ([\\d,]+) rows read.* in ([\\d.]+) s \\(([\\d,]+) rows/s\\)");

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final CrimeImport crimes;

	private final Upticks upticks;

	private ServerCpu cpu;

	private CrimeImportBenchmark(ConfigurableApplicationContext context) {
		this.dataSource = context.getBean(DataSource.class);
		this.jdbc = context.getBean(JdbcClient.class);
		this.crimes = context.getBean(CrimeImport.class);
		this.upticks = context.getBean(Upticks.class);
	}

	public static void main(String[] args) throws Exception {
		String mode = (args.length > 0) ? args[0] : "files";
		// the command-line runs attach to this run's server through its data folder (a
		// real one, with synchronous commits, as an installation has); the other modes
		// use a throw-away server, as before
		Path dataDir = Files.createTempDirectory("crime-benchmark");
		try (Profile profile = Profile.startIfAsked();
				ConfigurableApplicationContext context = new SpringApplicationBuilder(BeatBridgeApplication.class)
					.web(WebApplicationType.SERVLET)
					.properties("beatbridge.sample-data.load-when-empty=false", "server.port=0",
							"spring.main.banner-mode=off", "logging.level.root=warn",
							"logging.level.org.beatbridge.crime.domain=debug")
					// Arguments: the application's own properties (./data, the tests'
					// throw-away server) win over the builder's, and the command-line
					// runs must find this server in the data folder
					.run("--beatbridge.data-dir=" + dataDir,
							"--beatbridge.embedded-ephemeral=" + !"cli".equals(mode))) {
			CrimeImportBenchmark benchmark = new CrimeImportBenchmark(context);
			benchmark.prepare();
			switch (mode) {
				case "growth" -> benchmark.growth();
				case "heap" -> benchmark.heap();
				case "api" -> benchmark.api(context.getBean(CrimeStatistics.class));
				case "cli" -> benchmark.cli(dataDir);
				default -> benchmark.files();
			}
		}
		finally {
			FileSystemUtils.deleteRecursively(dataDir);
		}
	}

	private void prepare() {
		this.jdbc.sql("DROP TABLE IF EXISTS bench_raw").update();
		this.jdbc.sql("CREATE TABLE bench_raw (" + PORTAL_TYPES + ")").update();
	}

	private static List<Path> sixFiles() {
		List<Path> files = new ArrayList<>();
		for (int month = 1; month <= 6; month++) {
			files.add(DATA.resolve("crimes_2017_0" + month + ".csv"));
		}
		return files;
	}

	private void files() throws Exception {
		List<Path> files = sixFiles();
		for (int round = 1; round <= 3; round++) {
			System.out.printf("%nRound %d (six 2017 files)%n", round);
			compare(files);
		}
		long started = System.nanoTime();
		int found = this.upticks.refreshAll();
		System.out.printf("City-wide uptick recomputation over the six months: %d ms (%d new)%n",
				(System.nanoTime() - started) / 1_000_000, found);
		started = System.nanoTime();
		ImportSummary again = importAll(files);
		System.out.printf("Re-import of the same six files (nothing changes): %d rows in %d ms = %,.0f rows/s%n",
				again.rowsRead(), (System.nanoTime() - started) / 1_000_000,
				again.rowsRead() * 1e9 / (System.nanoTime() - started));
	}

	/**
	 * The six files by raw COPY, then by {@code import-crimes} in a fresh JVM of its own:
	 * through {@code bin/beatbridge} (its JVM options for admin commands) and through
	 * plain {@code java -jar}, each against this run's server, three rounds.
	 */
	private void cli(Path dataDir) throws Exception {
		if (!Files.isReadable(Path.of("target/beatbridge.jar"))) {
			System.out.println("The cli mode runs target/beatbridge.jar: ./mvnw -q package -DskipTests first.");
			return;
		}
		List<Path> files = sixFiles();
		for (int round = 1; round <= 3; round++) {
			reset();
			long rows = 0;
			long started = System.nanoTime();
			for (Path file : files) {
				rows += rawCopy(file);
			}
			double raw = rate(rows, started);
			System.out.printf(Locale.ROOT, "%nRound %d: raw COPY %,.0f rows/s (%,d rows)%n", round, raw, rows);
			for (List<String> launcher : List.of(List.of("bin/beatbridge"),
					List.of("java", "-jar", "target/beatbridge.jar"))) {
				reset();
				System.out.printf("    incidents stored before it: %d%n",
						this.jdbc.sql("SELECT count(*) FROM crime_incidents").query(Long.class).single());
				List<String> command = new ArrayList<>(launcher);
				command.add("import-crimes");
				files.forEach((file) -> command.add(file.toString()));
				ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
				builder.environment().put("BEATBRIDGE_DATA_DIR", dataDir.toString());
				// where the command's time went, from its debug log
				builder.environment().put("JAVA_OPTS", "-Dlogging.level.org.beatbridge.crime.domain=debug");
				long launched = System.nanoTime();
				Process process = builder.start();
				String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				int status = process.waitFor();
				double ran = (System.nanoTime() - launched) / 1e9;
				Matcher summary = CLI_SUMMARY.matcher(out);
				if (status != 0 || !summary.find()) {
					System.out.printf("%s failed (exit %d):%n%s%n", String.join(" ", launcher), status, out);
					continue;
				}
				double rate = Double.parseDouble(summary.group(3).replace(",", ""));
				System.out.printf(Locale.ROOT,
						"  %-32s import-crimes %,.0f rows/s (%.0f%% of raw COPY; %s rows in %s s; the process ran"
								+ " %.1f s with the JVM's and the application's start)%n",
						String.join(" ", launcher), rate, 100 * rate / raw, summary.group(1), summary.group(2), ran);
				System.out.printf("    incidents stored after it: %d%n",
						this.jdbc.sql("SELECT count(*) FROM crime_incidents").query(Long.class).single());
				Matcher phases = CLI_PHASES.matcher(out);
				if (phases.find()) {
					System.out.println("    " + phases.group());
				}
				System.out.printf("    event publications not completed: %d%n",
						this.jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
							.query(Long.class)
							.single());
			}
		}
	}

	private void api(CrimeStatistics statistics) {
		reset();
		List<Path> files = sixFiles();
		importAll(files);
		List<String> beats = this.jdbc.sql("SELECT DISTINCT beat FROM crime_weekly_beat_counts ORDER BY beat")
			.query(String.class)
			.list();
		for (int round = 0; round < 2; round++) {
			long[] summary = new long[beats.size() * 2];
			long[] upticks = new long[200];
			for (int i = 0; i < summary.length; i++) {
				long started = System.nanoTime();
				statistics.beatSummary(beats.get(i % beats.size()), java.util.Optional.empty(),
						java.util.Optional.empty());
				summary[i] = System.nanoTime() - started;
			}
			for (int i = 0; i < upticks.length; i++) {
				long started = System.nanoTime();
				statistics.upticks(
						(i % 2 == 0) ? java.util.Optional.of(DISTRICTS[i % DISTRICTS.length])
								: java.util.Optional.empty(),
						java.util.Optional.of(java.time.LocalDate.of(2017, 1, 1)));
				upticks[i] = System.nanoTime() - started;
			}
			java.util.Arrays.sort(summary);
			java.util.Arrays.sort(upticks);
			System.out.printf(Locale.ROOT,
					"Round %d: beat summary (12 weeks) p50 %.2f ms, p95 %.2f ms; upticks p50 %.2f ms, p95 %.2f ms%n",
					round + 1, summary[summary.length / 2] / 1e6, summary[summary.length * 95 / 100] / 1e6,
					upticks[upticks.length / 2] / 1e6, upticks[upticks.length * 95 / 100] / 1e6);
		}
	}

	private void growth() throws Exception {
		// a first import in a fresh JVM runs interpreted code; warm up before measuring
		reset();
		this.crimes.importFile(generated(10_000));
		for (int rows : new int[] { 10_000, 100_000, 1_000_000 }) {
			Path file = generated(rows);
			System.out.printf("%n%,d rows (%s)%n", rows, file);
			compare(List.of(file));
		}
	}

	private void heap() throws Exception {
		Path file = generated(1_000_000);
		reset();
		HeapWatch watch = HeapWatch.begin();
		long started = System.nanoTime();
		ImportSummary summary = this.crimes.importFile(file);
		long took = System.nanoTime() - started;
		watch.stopWatching();
		System.out.printf("1M rows with -Xmx%dm: %,.0f rows/s, peak heap used %d MB (after GC %d MB)%n",
				Runtime.getRuntime().maxMemory() / (1024 * 1024), summary.rowsRead() * 1e9 / took,
				watch.peak / (1024 * 1024), HeapWatch.peakAfterGc() / (1024 * 1024));
	}

	private void compare(List<Path> files) throws Exception {
		long rows = 0;
		reset();
		long started = System.nanoTime();
		long cpu = cpuNanos();
		for (Path file : files) {
			rows += rawCopy(file);
		}
		double raw = rate(rows, started);
		long rawCpu = cpuNanos() - cpu;
		reset();
		started = System.nanoTime();
		cpu = cpuNanos();
		for (Path file : files) {
			stagedInsert(file);
		}
		double staged = rate(rows, started);
		long stagedCpu = cpuNanos() - cpu;
		reset();
		started = System.nanoTime();
		cpu = cpuNanos();
		long jvmCpu = jvmCpuNanos();
		long[] jvmThreads = jvmThreadCpuNanos();
		ImportSummary summary = importAll(files);
		double ours = rate(rows, started);
		long oursCpu = cpuNanos() - cpu;
		jvmCpu = jvmCpuNanos() - jvmCpu;
		long[] after = jvmThreadCpuNanos();
		System.out.printf(Locale.ROOT,
				"rows %d | raw COPY %,.0f rows/s | staging + INSERT...SELECT %,.0f rows/s | CrimeImport %,.0f rows/s"
						+ " (%.0f%% of raw COPY; %d inserted, %d rejected, %d upticks)%n",
				rows, raw, staged, ours, 100 * ours / raw, summary.inserted(), summary.rejectedCount(),
				summary.upticksDetected());
		System.out.printf(Locale.ROOT,
				"  CPU (JVM + PostgreSQL processes) per row: raw COPY %.1f us | staging %.1f us | CrimeImport %.1f us"
						+ " (%.0f%% of raw COPY's rows per CPU-second)%n",
				rawCpu / 1e3 / rows, stagedCpu / 1e3 / rows, oursCpu / 1e3 / rows, 100.0 * rawCpu / oursCpu);
		System.out.printf(Locale.ROOT,
				"  CrimeImport's CPU per row: JVM %.1f us (of which JIT compilers %.1f us, GC %.1f us) | PostgreSQL %.1f us%n",
				jvmCpu / 1e3 / rows, (after[0] - jvmThreads[0]) / 1e3 / rows, (after[1] - jvmThreads[1]) / 1e3 / rows,
				(oursCpu - jvmCpu) / 1e3 / rows);
	}

	/**
	 * CPU time so far of this JVM's JIT compiler threads and of its garbage collector's
	 * threads (from {@code /proc/self/task}; both run beside the import on the same
	 * cores).
	 */
	private static long[] jvmThreadCpuNanos() throws IOException {
		long[] nanos = new long[2];
		try (var threads = Files.list(Path.of("/proc/self/task"))) {
			for (Path thread : threads.toList()) {
				String text;
				try {
					text = Files.readString(thread.resolve("stat"));
				}
				catch (IOException ex) {
					continue;
				}
				String name = text.substring(text.indexOf('(') + 1, text.lastIndexOf(')'));
				int kind = (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) ? 0
						: (name.startsWith("GC Thread") || name.startsWith("G1 ")) ? 1 : -1;
				if (kind >= 0) {
					String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
					nanos[kind] += (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
				}
			}
		}
		return nanos;
	}

	private long jvmCpuNanos() throws IOException {
		return cpu().jvmNanos();
	}

	/**
	 * CPU time used so far by this JVM and by every process of the embedded PostgreSQL:
	 * on a machine other builds share, rows per CPU-second compare where wall-clock
	 * rows/s cannot.
	 */
	private long cpuNanos() throws IOException {
		return cpu().nanos();
	}

	private ServerCpu cpu() throws IOException {
		if (this.cpu == null) {
			this.cpu = ServerCpu.of(this.jdbc);
		}
		return this.cpu;
	}

	/** The files as {@code import-crimes} imports them: in a row, in one transaction. */
	private ImportSummary importAll(List<Path> files) {
		return this.crimes.importInRow(files.stream().map(org.beatbridge.crime.ImportSource::of).toList(),
				(file, summary) -> {
				});
	}

	private long rawCopy(Path file) throws Exception {
		try (Connection connection = this.dataSource.getConnection(); InputStream in = Files.newInputStream(file)) {
			connection.createStatement().execute("SET DateStyle = 'ISO, MDY'");
			return connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY bench_raw FROM STDIN (FORMAT csv, HEADER true)", in, 1 << 16);
		}
	}

	private long stagedInsert(Path file) throws Exception {
		try (Connection connection = this.dataSource.getConnection(); InputStream in = Files.newInputStream(file)) {
			connection.setAutoCommit(false);
			var statement = connection.createStatement();
			statement.execute("SET DateStyle = 'ISO, MDY'");
			StringBuilder columns = new StringBuilder();
			for (int i = 1; i <= 22; i++) {
				columns.append((i > 1) ? ", " : "").append('c').append(i).append(" TEXT");
			}
			statement.execute("CREATE TEMP TABLE bench_staging (" + columns + ") ON COMMIT DROP");
			long rows = connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY bench_staging FROM STDIN (FORMAT csv, HEADER true)", in, 1 << 16);
			statement.execute("INSERT INTO bench_raw SELECT " + CASTS + " FROM bench_staging");
			connection.commit();
			return rows;
		}
	}

	private void reset() {
		this.jdbc.sql("TRUNCATE bench_raw, crime_incidents, crime_weekly_beat_tallies, crime_upticks").update();
		this.jdbc.sql("CHECKPOINT").update();
	}

	private static double rate(long rows, long started) {
		return rows * 1e9 / (System.nanoTime() - started);
	}

	/**
	 * A file of the real 2017 rows repeated with new IDs, made once and kept in target/.
	 */
	static Path generated(int rows) throws IOException {
		Path file = Path.of("target/bench/crimes_" + rows + ".csv");
		if (Files.exists(file)) {
			return file;
		}
		Files.createDirectories(file.getParent());
		List<String> real = new ArrayList<>();
		String header = null;
		for (int month = 1; month <= 6; month++) {
			try (BufferedReader reader = Files.newBufferedReader(DATA.resolve("crimes_2017_0" + month + ".csv"))) {
				header = reader.readLine();
				reader.lines().forEach(real::add);
			}
		}
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write(header);
			out.write('\n');
			for (int i = 0; i < rows; i++) {
				String line = real.get(i % real.size());
				out.write(Long.toString(50_000_000L + i));
				out.write(line, line.indexOf(','), line.length() - line.indexOf(','));
				out.write('\n');
			}
		}
		return file;
	}

	/** Samples the heap used while an import runs. */
	private static final class HeapWatch extends Thread {

		private volatile boolean running = true;

		private volatile long peak;

		static HeapWatch begin() {
			ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
			HeapWatch watch = new HeapWatch();
			watch.setDaemon(true);
			watch.start();
			return watch;
		}

		@Override
		public void run() {
			while (this.running) {
				Runtime runtime = Runtime.getRuntime();
				this.peak = Math.max(this.peak, runtime.totalMemory() - runtime.freeMemory());
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}

		void stopWatching() throws InterruptedException {
			this.running = false;
			join();
		}

		static long peakAfterGc() {
			long peak = 0;
			for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
				if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
					peak += pool.getCollectionUsage().getUsed();
				}
			}
			return peak;
		}

	}

}
