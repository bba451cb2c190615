package org.beatbridge.open311;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import org.beatbridge.BeatBridgeApplication;
import org.beatbridge.concerns.Concerns;
import org.beatbridge.geography.BeatDetails;
import org.beatbridge.geography.Beats;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Load test of the Open311 endpoints against the same server's trivial endpoint, side by
 * side in one run, over loopback. Not a test: run it with
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.beatbridge.open311.Open311Benchmark [-Dexec.args="threads seconds"]
 * </pre>
 *
 * It starts the application (embedded PostgreSQL, random port), bulk-inserts 100,000
 * concerns spread over every beat and the last 365 days, issues an API key with a limit
 * the run cannot reach, then drives each endpoint with N client threads (Java HttpClient,
 * HTTP/1.1 keep-alive) for a warm-up and a measured period, recording every request's
 * latency.
 */
public final class Open311Benchmark {

	static final int CONCERNS = 100_000;

	/** Answers other than 200, by status, path and body, to explain any error count. */
	static final java.util.Map<String, AtomicLong> FAILURES = new java.util.concurrent.ConcurrentHashMap<>();

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final String base;

	private final int threads;

	private final Duration measured;

	private final Duration warmUp;

	private Open311Benchmark(String base, int threads, Duration measured) {
		this.base = base;
		this.threads = threads;
		this.measured = measured;
		this.warmUp = Duration.ofSeconds(Math.max(3, measured.toSeconds() / 3));
	}

	public static void main(String[] args) throws Exception {
		int threads = (args.length > 0) ? Integer.parseInt(args[0]) : 16;
		int seconds = (args.length > 1) ? Integer.parseInt(args[1]) : 15;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BeatBridgeApplication.class)
			.web(WebApplicationType.SERVLET)
			.properties("beatbridge.embedded-ephemeral=true", "server.port=0", "spring.main.banner-mode=off",
					"logging.level.root=warn")
			.run()) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			List<String> beats = context.getBean(Beats.class).all().stream().map(BeatDetails::beat).toList();
			List<String> categories = context.getBean(Concerns.class)
				.categories(Locale.ENGLISH)
				.stream()
				.map((category) -> category.code())
				.filter((code) -> !code.equals("abandoned-vehicle"))
				.toList();
			long started = System.nanoTime();
			insertConcerns(jdbc, beats, categories);
			System.out.printf("Inserted %,d concerns over %d beats in %.1f s%n", CONCERNS, beats.size(),
					(System.nanoTime() - started) / 1e9);
			// The plan of the concerns module's search for one beat, as GET
			// requests.json?beat= runs it
			jdbc.sql("""
					explain analyze select c.id from concerns c where c.beat = any(?::text[])
					and c.category = any(?::text[]) and c.status = any(?::text[])
					and c.requested_at >= now() - interval '90 days' and c.requested_at < now()
					order by c.requested_at desc, c.id desc limit 1000""")
				.params("{" + beats.get(100) + "}", "{noise}", "{OPEN,ACKNOWLEDGED,IN_PROGRESS,REFERRED}")
				.query(String.class)
				.list()
				.forEach(System.out::println);
			String key = context.getBean(ApiKeys.class)
				.issue("Benchmark", "Open311Benchmark", 1_000_000, "benchmark")
				.apiKey();

			Open311Benchmark benchmark = new Open311Benchmark("http://127.0.0.1:" + port, threads,
					Duration.ofSeconds(seconds));
			System.out.printf("%d client threads, %d s warm-up, %d s measured per endpoint; load average %s%n", threads,
					benchmark.warmUp.toSeconds(), seconds, loadAverage());
			List<Result> results = new ArrayList<>();
			results.add(benchmark.run("GET /actuator/health/liveness (ceiling)",
					(i) -> benchmark.get("/actuator/health/liveness")));
			results.add(benchmark.run("POST /open311/v2/requests.json", (i) -> benchmark.post(key, categories)));
			results.add(benchmark.run("GET requests.json?beat=B&service_code=C&status=open",
					(i) -> benchmark.get("/open311/v2/requests.json?beat=" + pick(beats) + "&service_code="
							+ pick(categories) + "&status=open")));
			results.add(benchmark.run("GET requests.json?beat=B (all of 90 days)",
					(i) -> benchmark.get("/open311/v2/requests.json?beat=" + pick(beats))));
			results.add(benchmark.run("GET /actuator/health/liveness (again)",
					(i) -> benchmark.get("/actuator/health/liveness")));
			double ceiling = (results.get(0).perSecond() + results.get(4).perSecond()) / 2;
			System.out.println();
			System.out.println("| endpoint | requests | errors | req/s | vs ceiling | p50 ms | p99 ms | max ms |");
			System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
			for (Result result : results) {
				System.out.printf(Locale.ROOT, "| %s | %,d | %d | %,.0f | %.0f %% | %.1f | %.1f | %.1f |%n",
						result.name(), result.requests(), result.errors(), result.perSecond(),
						100 * result.perSecond() / ceiling, result.percentile(50), result.percentile(99),
						result.percentile(100));
			}
			System.out.printf("Ceiling = mean of the two liveness runs; load average at the end %s; rows per beat "
					+ "answer (beat only) ~%d%n", loadAverage(), CONCERNS / beats.size() * 90 / 365);
			FAILURES.forEach((failure, count) -> System.out.println("Failed " + count + "x: " + failure));
		}
	}

	/**
	 * 100,000 concerns in one statement: over every beat, the last 365 days, mostly open,
	 * each with its first transition as the report would write it.
	 */
	static void insertConcerns(JdbcClient jdbc, List<String> beats, List<String> categories) {
		jdbc.sql("""
				insert into concerns (category, status, description, public_description, latitude, longitude,
					block_address, block_latitude, block_longitude, beat, district, source, locale, attributes,
					anonymous, tracking_token_hash, requested_at, updated_at)
				select c.category, s.status, 'Benchmark concern ' || g, 'Benchmark concern ' || g,
					41.66 + random() * 0.34, -87.84 + random() * 0.28, '0' || (g % 90) || 'XX W BENCHMARK ST',
					41.66 + random() * 0.34, -87.84 + random() * 0.28, b.beat, ltrim(substr(b.beat, 1, 2), '0'),
					'WEB', 'en', '{}', true, sha256(('bench-' || g)::bytea), t.at, t.at
				from generate_series(1, ?) g
				cross join lateral (select (?::text[])[1 + g % ?] as beat) b
				cross join lateral (select (?::text[])[1 + (g / 7) % ?] as category) c
				cross join lateral (select (array['OPEN','OPEN','OPEN','ACKNOWLEDGED','IN_PROGRESS','RESOLVED',
					'NOT_ACTIONABLE'])[1 + g % 7] as status) s
				cross join lateral (select now() - (g % 365) * interval '1 day' - (g % 86400) * interval '1 second'
					as at) t""")
			.params(CONCERNS, "{" + String.join(",", beats) + "}", beats.size(),
					"{" + String.join(",", categories) + "}", categories.size())
			.update();
		jdbc.sql("""
				insert into concern_transitions (concern_id, from_status, to_status, actor_account_id, actor_role, at)
				select id, null, 'OPEN', null, 'ANONYMOUS', requested_at from concerns
				where description like 'Benchmark concern %'""").update();
		jdbc.sql("analyze concerns").update();
		jdbc.sql("analyze concern_transitions").update();
	}

	private static final double[][] POINTS = { { 42.01605, -87.67640 }, { 41.88370, -87.62780 },
			{ 41.75080, -87.60360 }, { 41.92140, -87.75250 }, { 41.85000, -87.70000 }, { 41.96800, -87.70900 } };

	private boolean post(String key, List<String> categories) {
		double[] point = POINTS[ThreadLocalRandom.current().nextInt(POINTS.length)];
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String body = "api_key=" + key + "&service_code=" + pick(categories) + "&lat="
				+ (point[0] + random.nextDouble(-0.005, 0.005)) + "&long="
				+ (point[1] + random.nextDouble(-0.005, 0.005)) + "&description="
				+ URLEncoder.encode("Benchmark report: loud gatherings after midnight, again.", StandardCharsets.UTF_8);
		return send(HttpRequest.newBuilder(URI.create(this.base + "/open311/v2/requests.json"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private boolean get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET().build());
	}

	private boolean send(HttpRequest request) {
		try {
			HttpResponse<byte[]> response = this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				FAILURES
					.computeIfAbsent(response.statusCode() + " " + request.uri().getPath() + " "
							+ new String(response.body(), StandardCharsets.UTF_8), (k) -> new AtomicLong())
					.incrementAndGet();
			}
			return response.statusCode() == 200;
		}
		catch (Exception ex) {
			FAILURES.computeIfAbsent(ex.toString(), (k) -> new AtomicLong()).incrementAndGet();
			return false;
		}
	}

	private static String pick(List<String> values) {
		return values.get(ThreadLocalRandom.current().nextInt(values.size()));
	}

	private Result run(String name, IntFunction<Boolean> request) throws InterruptedException {
		drive(request, this.warmUp, null);
		long[][] latencies = new long[this.threads][];
		AtomicLong errors = new AtomicLong();
		long start = System.nanoTime();
		drive(request, this.measured, new Recorder(latencies, errors));
		double elapsed = (System.nanoTime() - start) / 1e9;
		long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
		Result result = new Result(name, all, errors.get(), elapsed);
		System.out.printf(Locale.ROOT, "%-55s %,8.0f req/s  p50 %6.1f ms  p99 %6.1f ms  errors %d  (load %s)%n", name,
				result.perSecond(), result.percentile(50), result.percentile(99), result.errors(), loadAverage());
		return result;
	}

	private void drive(IntFunction<Boolean> request, Duration duration, Recorder recorder) throws InterruptedException {
		long end = System.nanoTime() + duration.toNanos();
		List<Thread> workers = new ArrayList<>();
		for (int t = 0; t < this.threads; t++) {
			int thread = t;
			Thread worker = new Thread(() -> {
				long[] own = new long[1 << 16];
				int count = 0;
				long failed = 0;
				while (System.nanoTime() < end) {
					long before = System.nanoTime();
					boolean ok = request.apply(count);
					long took = System.nanoTime() - before;
					if (!ok) {
						failed++;
					}
					if (count == own.length) {
						own = Arrays.copyOf(own, own.length * 2);
					}
					own[count++] = took;
				}
				if (recorder != null) {
					recorder.latencies()[thread] = Arrays.copyOf(own, count);
					recorder.errors().addAndGet(failed);
				}
			});
			worker.start();
			workers.add(worker);
		}
		for (Thread worker : workers) {
			worker.join();
		}
	}

	static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (Exception ex) {
			return "unknown";
		}
	}

	private record Recorder(long[][] latencies, AtomicLong errors) {

	}

	private record Result(String name, long[] sortedNanos, long errors, double seconds) {

		int requests() {
			return this.sortedNanos.length;
		}

		double perSecond() {
			return this.sortedNanos.length / this.seconds;
		}

		double percentile(int p) {
			if (this.sortedNanos.length == 0) {
				return Double.NaN;
			}
			int index = (int) Math.ceil(p / 100.0 * this.sortedNanos.length) - 1;
			return this.sortedNanos[Math.max(0, Math.min(index, this.sortedNanos.length - 1))] / 1e6;
		}

	}

}
