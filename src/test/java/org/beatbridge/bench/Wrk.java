package org.beatbridge.bench;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load from {@code wrk} (C, epoll) in its own process, so the server under test keeps the
 * JVM to itself and the load generator costs a fraction of what Java client threads did.
 * Closed loop: each connection sends its next request when the previous answer arrived,
 * so latency percentiles depend on the number of connections, and every run is made at
 * more than one.
 */
public final class Wrk {

	private static final Pattern LATENCY_ROW = Pattern.compile("^\\s*Latency\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)");

	private static final Pattern PERCENTILE = Pattern.compile("^\\s*(50|75|90|99)%\\s+(\\S+)");

	private static final Pattern REQUESTS = Pattern.compile("^\\s*(\\d+) requests in ([0-9.]+\\w+)");

	private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

	private static final Pattern SOCKET_ERRORS = Pattern
		.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

	private static final Pattern PER_SECOND = Pattern.compile("^Requests/sec:\\s+([0-9.]+)");

	static final int WARM_UP_ROUND_SECONDS = 5;

	static final int QUIET_COMPILING_PERCENT = 2;

	static final int MAX_EXTRA_WARM_UP_SECONDS = 150;

	private final String executable;

	private final String base;

	private final Path scripts;

	private ServerCpu cpu;

	private Wrk(String executable, String base, Path scripts) {
		this.executable = executable;
		this.base = base;
		this.scripts = scripts;
	}

	/**
	 * A load generator against {@code base} ({@code http://127.0.0.1:PORT}); exits the
	 * JVM with one line naming the package when wrk is not installed.
	 */
	public static Wrk against(String base) throws IOException {
		return new Wrk(require(), base, Files.createTempDirectory("wrk-scripts"));
	}

	/**
	 * Also measures the server's CPU time per request (this JVM and its PostgreSQL).
	 */
	public Wrk measuringCpu(ServerCpu cpu) {
		this.cpu = cpu;
		return this;
	}

	/**
	 * The path of wrk; exits the JVM with one line naming the package when it is not
	 * installed (call it first, before the slow set-up).
	 */
	public static String require() {
		String executable = List.of("/usr/bin/wrk", "/usr/local/bin/wrk")
			.stream()
			.filter((path) -> Files.isExecutable(Path.of(path)))
			.findFirst()
			.orElse(null);
		if (executable == null) {
			System.err.println("wrk is not installed: apt-get install -y wrk");
			System.exit(2);
		}
		return executable;
	}

	/**
	 * A Lua script sending one of {@code paths} (GET) at random per request, with the
	 * given headers.
	 */
	public Path getScript(String name, List<String> paths, Map<String, String> headers) throws IOException {
		StringBuilder lua = new StringBuilder();
		lua.append("local paths = {\n");
		for (String path : paths) {
			lua.append("  ").append(quote(path)).append(",\n");
		}
		lua.append("}\n");
		lua.append("local requests = {}\n");
		lua.append("init = function(args)\n");
		lua.append("  math.randomseed(os.time() + tonumber(tostring({}):match('0x(%x+)') or '0', 16))\n");
		lua.append("  for i, path in ipairs(paths) do\n");
		lua.append("    requests[i] = wrk.format('GET', path, ").append(table(headers)).append(")\n");
		lua.append("  end\n");
		lua.append("end\n");
		lua.append("request = function() return requests[math.random(#requests)] end\n");
		return write(name, lua.toString());
	}

	/**
	 * A Lua script posting one of {@code bodies} (form encoded) to {@code path} at random
	 * per request.
	 */
	public Path postScript(String name, String path, List<String> bodies) throws IOException {
		StringBuilder lua = new StringBuilder();
		lua.append("local bodies = {\n");
		for (String body : bodies) {
			lua.append("  ").append(quote(body)).append(",\n");
		}
		lua.append("}\n");
		lua.append("local requests = {}\n");
		lua.append("init = function(args)\n");
		lua.append("  math.randomseed(os.time() + tonumber(tostring({}):match('0x(%x+)') or '0', 16))\n");
		lua.append("  for i, body in ipairs(bodies) do\n");
		lua.append("    requests[i] = wrk.format('POST', ")
			.append(quote(path))
			.append(", ")
			.append(table(Map.of("Content-Type", "application/x-www-form-urlencoded")))
			.append(", body)\n");
		lua.append("  end\n");
		lua.append("end\n");
		lua.append("request = function() return requests[math.random(#requests)] end\n");
		return write(name, lua.toString());
	}

	/**
	 * Runs wrk once: one thread, {@code connections} connections, for {@code seconds},
	 * with {@code script} (or a plain GET of {@code path} without one).
	 */
	public Result run(String name, String path, Path script, int connections, int seconds) throws IOException {
		List<String> command = new ArrayList<>(List.of(this.executable, "-t1", "-c" + connections, "-d" + seconds + "s",
				"--latency", "--timeout", "10s"));
		if (script != null) {
			command.add("-s");
			command.add(script.toString());
		}
		command.add(this.base + path);
		String time = LocalTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("HH:mm:ss"));
		long compilingBefore = compilingMillis();
		long jvmBefore = (this.cpu != null) ? this.cpu.jvmNanos() : 0;
		long postgresBefore = (this.cpu != null) ? this.cpu.postgresNanos() : 0;
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		try {
			if (process.waitFor() != 0) {
				throw new IllegalStateException("wrk failed:\n" + output);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while wrk ran", ex);
		}
		Result result = parse(name, connections, time, output).withCompiling(compilingMillis() - compilingBefore);
		if (this.cpu != null) {
			result = result.withCpu((this.cpu.jvmNanos() - jvmBefore) / 1e6 / result.requests(),
					(this.cpu.postgresNanos() - postgresBefore) / 1e6 / result.requests());
		}
		return result;
	}

	/**
	 * Measures the endpoint for {@code seconds} at each connection count, each time after
	 * a warm-up at that count: {@code warmUpSeconds} the first time and
	 * {@value #WARM_UP_ROUND_SECONDS} s later on, then on in rounds of
	 * {@value #WARM_UP_ROUND_SECONDS} s while the JIT compilers still worked more than
	 * {@value #QUIET_COMPILING_PERCENT} % of the last round (at most
	 * {@value #MAX_EXTRA_WARM_UP_SECONDS} s more). On two busy cores the compilers get
	 * little time, and another count of connections takes other paths (more threads than
	 * pooled connections wait for one) that the JIT compiles anew: a run measured while
	 * the compilers work measures the warm-up, not the endpoint.
	 */
	public List<Result> measure(String name, String path, Path script, int warmUpSeconds, int seconds,
			List<Integer> connections) throws IOException {
		List<Result> results = new ArrayList<>();
		int warmUp = warmUpSeconds;
		for (int count : connections) {
			if (warmUp > 0) {
				warmUp(name, path, script, count, warmUp);
				warmUp = WARM_UP_ROUND_SECONDS;
			}
			Result result = run(name, path, script, count, seconds);
			System.out.println(result.line());
			results.add(result);
		}
		return results;
	}

	private void warmUp(String name, String path, Path script, int connections, int seconds) throws IOException {
		Result last = run(name + " (warm-up)", path, script, connections, seconds);
		int extra = 0;
		long quiet = WARM_UP_ROUND_SECONDS * 1000L * QUIET_COMPILING_PERCENT / 100;
		while (extra < MAX_EXTRA_WARM_UP_SECONDS && last.compilingMillis() > quiet) {
			last = run(name + " (warm-up)", path, script, connections, WARM_UP_ROUND_SECONDS);
			extra += WARM_UP_ROUND_SECONDS;
		}
		System.out.printf(Locale.ROOT, "%-58s c=%-3d %d s, the JIT compiling %,d ms in the last %d s%n",
				name + " (warm-up)", connections, seconds + extra, last.compilingMillis(),
				(extra == 0) ? seconds : WARM_UP_ROUND_SECONDS);
	}

	/**
	 * The time this JVM's JIT compilers spent so far, in milliseconds.
	 */
	private static long compilingMillis() {
		CompilationMXBean compilers = ManagementFactory.getCompilationMXBean();
		return (compilers != null && compilers.isCompilationTimeMonitoringSupported())
				? compilers.getTotalCompilationTime() : 0;
	}

	/**
	 * Prints the results as a Markdown table; each row is compared with the mean of the
	 * ceiling runs (names starting with "GET /actuator/health/liveness") at the same
	 * connection count.
	 */
	public static void printTable(List<Result> results) {
		System.out.println();
		System.out.println(Result.header());
		for (Result result : results) {
			double ceiling = results.stream()
				.filter((r) -> r.name().startsWith("GET /actuator/health/liveness")
						&& r.connections() == result.connections())
				.mapToDouble(Result::perSecond)
				.average()
				.orElse(Double.NaN);
			System.out.println(result.row(ceiling));
		}
		System.out.println("(vs ceiling: against the mean of the liveness runs at the same connection count)");
	}

	static Result parse(String name, int connections, String time, String output) {
		double p50 = Double.NaN;
		double p99 = Double.NaN;
		double max = Double.NaN;
		long requests = 0;
		long non2xx = 0;
		long socketErrors = 0;
		double perSecond = 0;
		for (String line : output.split("\n")) {
			Matcher m;
			if ((m = LATENCY_ROW.matcher(line)).find()) {
				max = millis(m.group(3));
			}
			else if ((m = PERCENTILE.matcher(line)).find()) {
				if (m.group(1).equals("50")) {
					p50 = millis(m.group(2));
				}
				else if (m.group(1).equals("99")) {
					p99 = millis(m.group(2));
				}
			}
			else if ((m = REQUESTS.matcher(line)).find()) {
				requests = Long.parseLong(m.group(1));
			}
			else if ((m = NON_2XX.matcher(line)).find()) {
				non2xx = Long.parseLong(m.group(1));
			}
			else if ((m = SOCKET_ERRORS.matcher(line)).find()) {
				for (int i = 1; i <= 4; i++) {
					socketErrors += Long.parseLong(m.group(i));
				}
			}
			else if ((m = PER_SECOND.matcher(line)).find()) {
				perSecond = Double.parseDouble(m.group(1));
			}
		}
		if (requests == 0) {
			throw new IllegalStateException("No requests in wrk's output:\n" + output);
		}
		return new Result(name, connections, time, requests, perSecond, p50, p99, max, non2xx, socketErrors,
				loadAverage(), Double.NaN, Double.NaN, 0);
	}

	// wrk prints times as 812.00us, 1.23ms, 2.01s or 1.50m
	static double millis(String value) {
		Matcher m = Pattern.compile("([0-9.]+)(us|ms|s|m|h)").matcher(value);
		if (!m.matches()) {
			throw new IllegalArgumentException("Not a wrk time: " + value);
		}
		double number = Double.parseDouble(m.group(1));
		switch (m.group(2)) {
			case "us":
				return number / 1000;
			case "ms":
				return number;
			case "s":
				return number * 1000;
			case "m":
				return number * 60_000;
			default:
				return number * 3_600_000;
		}
	}

	/** The 1, 5 and 15 minute load averages: other processes share these cores. */
	public static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private Path write(String name, String lua) throws IOException {
		Path file = this.scripts.resolve(name + ".lua");
		Files.writeString(file, lua);
		return file;
	}

	private static String table(Map<String, String> headers) {
		StringBuilder table = new StringBuilder("{");
		headers.forEach((header,
				value) -> table.append("[").append(quote(header)).append("] = ").append(quote(value)).append(", "));
		return table.append("}").toString();
	}

	private static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

	/**
	 * One wrk run. Latencies in milliseconds; {@code non2xx} counts answers of 400 and
	 * above (wrk's "Non-2xx or 3xx").
	 */
	public record Result(String name, int connections, String time, long requests, double perSecond, double p50,
			double p99, double max, long non2xx, long socketErrors, String load, double cpuMillisPerRequest,
			double postgresMillisPerRequest, long compilingMillis) {

		Result withCpu(double jvmMillisPerRequest, double postgresMillisPerRequest) {
			return new Result(this.name, this.connections, this.time, this.requests, this.perSecond, this.p50, this.p99,
					this.max, this.non2xx, this.socketErrors, this.load, jvmMillisPerRequest + postgresMillisPerRequest,
					postgresMillisPerRequest, this.compilingMillis);
		}

		Result withCompiling(long millis) {
			return new Result(this.name, this.connections, this.time, this.requests, this.perSecond, this.p50, this.p99,
					this.max, this.non2xx, this.socketErrors, this.load, this.cpuMillisPerRequest,
					this.postgresMillisPerRequest, millis);
		}

		public static String header() {
			return "| endpoint | connections | time UTC | requests | non-2xx | req/s | vs ceiling | p50 ms | p99 ms | max ms | server CPU ms/req (of which PostgreSQL) | JIT compiling ms | load avg |\n"
					+ "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |";
		}

		public String row(double ceiling) {
			return String.format(Locale.ROOT,
					"| %s | %d | %s | %,d | %d | %,.0f | %.0f %% | %.2f | %.2f | %.2f | %.2f (%.2f) | %,d | %s |",
					this.name, this.connections, this.time, this.requests, this.non2xx + this.socketErrors,
					this.perSecond, 100 * this.perSecond / ceiling, this.p50, this.p99, this.max,
					this.cpuMillisPerRequest, this.postgresMillisPerRequest, this.compilingMillis, this.load);
		}

		public String line() {
			return String.format(Locale.ROOT,
					"%-58s c=%-3d %,9.0f req/s  p50 %7.2f ms  p99 %7.2f ms  max %8.2f ms  errors %d  cpu %.2f ms/req (pg %.2f)  jit %,d ms  (load %s)",
					this.name, this.connections, this.perSecond, this.p50, this.p99, this.max,
					this.non2xx + this.socketErrors, this.cpuMillisPerRequest, this.postgresMillisPerRequest,
					this.compilingMillis, this.load);
		}

	}

}
