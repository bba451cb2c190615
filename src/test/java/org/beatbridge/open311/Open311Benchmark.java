package org.beatbridge.open311;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.beatbridge.BeatBridgeApplication;
import org.beatbridge.bench.Profile;
import org.beatbridge.bench.ServerCpu;
import org.beatbridge.bench.Wrk;
import org.beatbridge.concerns.ConcernCategory;
import org.beatbridge.concerns.Concerns;
import org.beatbridge.geography.BeatDetails;
import org.beatbridge.geography.BeatLocation;
import org.beatbridge.geography.Beats;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

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
 *   -Dexec.mainClass=org.beatbridge.open311.Open311Benchmark [-Dexec.args="seconds connections [whole]"]
 * </pre>
 *
 * The JVM starts the application (embedded PostgreSQL, random port), plants 100,000
 * concerns in each of two beats (five years of a busy beat) and 50,000 over every beat in
 * the last year, and issues an API key with a limit the run cannot reach. The load comes
 * from {@code wrk} in its own process ({@link Wrk}): per endpoint a 10 s warm-up, then
 * {@code seconds} (default 8) measured at each connection count (default 4 and 16). The
 * third argument, a comma list, adds runs: {@code whole} every concern of a busy beat in
 * 90 days (the first 1,000); {@code mixed} the filtered list again while reports arrive
 * in the busy beats (each one makes the next answers of its beat be built again);
 * {@code uncached} starts with no room for kept answers, so every list is built;
 * {@code post} measures only POST (for profiling); {@code get} only the filtered list
 * (for comparing code); {@code durable} with commits that wait for the disk, as an
 * installation's server runs. POST is measured twice: first with each report at a point
 * of its own (20,000 points), then at 2,000 points, where the run's reports pile up
 * (about 25-35 open concerns of the same category within the similar-concern search's box
 * of each report, several times a real city's density), as in the earlier passes.
 */
public final class Open311Benchmark {

	static final List<String> BUSY_BEATS = List.of("2424", "1134");

	static final int CONCERNS_PER_BUSY_BEAT = 100_000;

	static final int YEARS_OF_BUSY_BEAT = 5;

	static final int CONCERNS_ELSEWHERE = 50_000;

	/** The points of the first POST run's reports. */
	static final int SPREAD_POINTS = 20_000;

	// the JIT compiles a report's code for longer than a list's: steady state, not
	// warm-up
	static final int WARM_UP_SECONDS = 30;

	// before the last ceiling run
	static final int AGAIN_WARM_UP_SECONDS = 10;

	static final int REPORTS_PER_SECOND_WHILE_READING = 5;

	/** The connections an installation's pool has (DatabaseSettings' default). */
	static final int POOL_SIZE = Integer.getInteger("bench.pool", 10);

	private Open311Benchmark() {
	}

	public static void main(String[] args) throws Exception {
		int seconds = (args.length > 0) ? Integer.parseInt(args[0]) : 8;
		List<Integer> connections = (args.length > 1) ? Arrays.stream(args[1].split(",")).map(Integer::valueOf).toList()
				: List.of(4, 16);
		List<String> extras = (args.length > 2) ? List.of(args[2].split(",")) : List.of();
		Wrk.require();
		long started = System.nanoTime();
		try (Profile profile = Profile.startIfAsked();
				ConfigurableApplicationContext context = new SpringApplicationBuilder(BeatBridgeApplication.class)
					.web(WebApplicationType.SERVLET)
					.properties("beatbridge.embedded-ephemeral=true", "server.port=0", "spring.main.banner-mode=off",
							"logging.level.root=warn",
							"beatbridge.open311.list-cache-size=" + (extras.contains("uncached") ? "0" : "64MB"),
							"beatbridge.embedded-statement-statistics=" + extras.contains("post"))
					// the application's pool, not the tests' (their properties win over
					// the
					// builder's): an argument
					.run("--beatbridge.embedded-pool-size=" + POOL_SIZE)) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			Wrk wrk = Wrk.against("http://127.0.0.1:" + port).measuringCpu(ServerCpu.of(jdbc));
			Beats beats = context.getBean(Beats.class);
			List<String> allBeats = beats.all().stream().map(BeatDetails::beat).toList();
			List<ConcernCategory> categories = context.getBean(Concerns.class).categories(Locale.ENGLISH);
			// categories a report can name without answering extra questions
			List<String> plain = categories.stream()
				.filter((category) -> category.attributes().stream().noneMatch((a) -> a.required()))
				.map(ConcernCategory::code)
				.toList();
			System.out.printf("started in %.1f s%n", (System.nanoTime() - started) / 1e9);
			long planting = System.nanoTime();
			plant(jdbc, beats, allBeats, plain);
			System.out.printf("planted %,d concerns (%,d in each of beats %s) in %.1f s%n",
					CONCERNS_ELSEWHERE + BUSY_BEATS.size() * CONCERNS_PER_BUSY_BEAT, CONCERNS_PER_BUSY_BEAT, BUSY_BEATS,
					(System.nanoTime() - planting) / 1e9);
			printPlan(jdbc);
			if (extras.contains("durable")) {
				// as an installation's own server runs (EmbeddedPostgresServer): a commit
				// waits until its record is on disk; the benchmark's throw-away server
				// does not
				// the server's command line sets it off, which outranks the configuration
				// files; a database's setting outranks both, for the sessions opened
				// after
				jdbc.sql("alter database " + jdbc.sql("select current_database()").query(String.class).single()
						+ " set synchronous_commit = on")
					.update();
				context.getBean(DataSource.class)
					.unwrap(HikariDataSource.class)
					.getHikariPoolMXBean()
					.softEvictConnections();
			}
			System.out.println("synchronous_commit: "
					+ jdbc.sql("select current_setting('synchronous_commit')").query(String.class).single());
			String key = context.getBean(ApiKeys.class)
				.issue("Benchmark", "Open311Benchmark", 1_000_000, "benchmark")
				.apiKey();

			Random random = new Random(311);
			Path posts = wrk.postScript("post", "/open311/v2/requests.json", reports(beats, plain, key, random));
			List<String> filtered = new ArrayList<>();
			List<String> page = new ArrayList<>();
			List<String> whole = new ArrayList<>();
			for (int i = 0; i < 500; i++) {
				String beat = BUSY_BEATS.get(random.nextInt(BUSY_BEATS.size()));
				filtered.add("/open311/v2/requests.json?beat=" + beat + "&service_code="
						+ plain.get(random.nextInt(plain.size())) + "&status=open");
				page.add(filtered.get(i) + "&page_size=50");
				whole.add("/open311/v2/requests.json?beat=" + beat);
			}
			Path filteredScript = wrk.getScript("filtered", filtered, Map.of());
			// as phone apps' HTTP clients (OkHttp, URLSession) ask by default
			Path filteredGzipScript = wrk.getScript("filtered-gzip", filtered, Map.of("Accept-Encoding", "gzip"));
			Path pageScript = wrk.getScript("page", page, Map.of());
			Path wholeScript = wrk.getScript("whole", whole, Map.of());

			System.out.printf(
					"wrk: %d s warm-up or more (until the JIT is quiet), %d s measured at %s connections per endpoint;"
							+ " load average %s%n",
					WARM_UP_SECONDS, seconds, connections, Wrk.loadAverage());
			List<Wrk.Result> results = new ArrayList<>();
			results.addAll(wrk.measure("GET /actuator/health/liveness (ceiling, before)", "/actuator/health/liveness",
					null, WARM_UP_SECONDS, seconds, connections));
			if (extras.contains("post")) {
				jdbc.sql("create extension if not exists pg_stat_statements").update();
				jdbc.sql("select pg_stat_statements_reset()").query((rs) -> {
				});
			}
			if (!extras.contains("get")) {
				Path spread = wrk.postScript("post-spread", "/open311/v2/requests.json",
						reports(spreadPoints(beats, random), plain, key, random));
				long after = lastConcern(jdbc);
				results.addAll(wrk.measure("POST requests.json, each report at a point of its own",
						"/open311/v2/requests.json", spread, WARM_UP_SECONDS, seconds, connections));
				printCandidates(jdbc, after);
			}
			if (!extras.contains("get")) {
				long after = lastConcern(jdbc);
				results.addAll(wrk.measure("POST requests.json", "/open311/v2/requests.json", posts, WARM_UP_SECONDS,
						seconds, connections));
				printCandidates(jdbc, after);
			}
			// two transactions that lock rows in opposite orders wait a second
			// (deadlock_timeout)
			// before PostgreSQL fails one of them
			System.out.println("deadlocks so far: "
					+ jdbc.sql("select deadlocks from pg_stat_database where datname = current_database()")
						.query(Long.class)
						.single());
			if (extras.contains("post")) {
				System.out.println("PostgreSQL per statement during the POST runs (pg_stat_statements):");
				jdbc.sql("""
						select to_char(total_exec_time, '99990.0') || ' ms total, ' || calls || ' calls, '
							|| to_char(1000 * mean_exec_time, '99990') || ' us mean, planned '
							|| plans || ' times, ' || to_char(1000 * mean_plan_time, '99990') || ' us mean: '
							|| regexp_replace(left(query, 140), '\\s+', ' ', 'g')
						from pg_stat_statements order by total_exec_time + total_plan_time desc limit 15""")
					.query(String.class)
					.list()
					.forEach(System.out::println);
			}
			if (!extras.contains("post")) {
				String cached = extras.contains("uncached") ? " (uncached)" : "";
				results.addAll(wrk.measure("GET requests.json?beat=B&service_code=C&status=open" + cached, "/",
						filteredScript, WARM_UP_SECONDS, seconds, connections));
				if (!extras.contains("get")) {
					results.addAll(wrk.measure(
							"GET requests.json?beat=B&service_code=C&status=open, Accept-Encoding: gzip" + cached, "/",
							filteredGzipScript, WARM_UP_SECONDS, seconds, connections));
					results
						.addAll(wrk.measure("GET requests.json?beat=B&service_code=C&status=open&page_size=50" + cached,
								"/", pageScript, WARM_UP_SECONDS, seconds, connections));
				}
				if (extras.contains("whole")) {
					results.addAll(wrk.measure("GET requests.json?beat=B (90 days, first 1,000)" + cached, "/",
							wholeScript, WARM_UP_SECONDS, seconds, connections));
				}
				if (extras.contains("mixed")) {
					try (ReportStream reports = new ReportStream(port,
							reports(busyBeats(beats, random), plain, key, random), REPORTS_PER_SECOND_WHILE_READING)) {
						results.addAll(wrk.measure("GET requests.json?beat=B&service_code=C&status=open, while "
								+ REPORTS_PER_SECOND_WHILE_READING + " reports/s arrive in the busy beats" + cached,
								"/", filteredScript, WARM_UP_SECONDS, seconds, connections));
						System.out.printf("reports posted while reading: %,d (failed %,d)%n", reports.sent(),
								reports.failed());
					}
				}
			}
			// warmed up again: the other endpoints' code may have made the JIT compile
			// parts
			// of the shared path anew
			results.addAll(wrk.measure("GET /actuator/health/liveness (ceiling, after)", "/actuator/health/liveness",
					null, AGAIN_WARM_UP_SECONDS, seconds, connections));
			Wrk.printTable(results);
			if (extras.contains("post")) {
				printReportPlans(jdbc, context.getBean(DataSource.class));
			}
			System.out.printf("rows per answer: filtered ~%d, whole beat 1,000 (of ~%,d in 90 days); total %.0f s%n",
					CONCERNS_PER_BUSY_BEAT * 90 / (365 * YEARS_OF_BUSY_BEAT) / plain.size() * 4 / 7,
					CONCERNS_PER_BUSY_BEAT * 90 / (365 * YEARS_OF_BUSY_BEAT), (System.nanoTime() - started) / 1e9);
		}
	}

	/**
	 * Reports at points drawn inside beats (checked with the same lookup the server
	 * uses), random categories, a quarter with an email address.
	 */
	static List<String> reports(Beats beats, List<String> categories, String key, Random random) {
		List<double[]> points = new ArrayList<>();
		while (points.size() < 2000) {
			points.add(pointIn(beats, null, random));
		}
		return reports(points, categories, key, random);
	}

	/**
	 * As many points as the run sends reports (20,000; the script draws them at random),
	 * so that reports do not pile up at the same places as the run goes on.
	 */
	static List<double[]> spreadPoints(Beats beats, Random random) {
		List<double[]> points = new ArrayList<>();
		while (points.size() < SPREAD_POINTS) {
			points.add(pointIn(beats, null, random));
		}
		return points;
	}

	private static long lastConcern(JdbcClient jdbc) {
		return jdbc.sql("select coalesce(max(id), 0) from concerns").query(Long.class).single();
	}

	/**
	 * How many open concerns of the same category the similar-concern search of the run's
	 * reports met in their box (the rows the report statement reads and returns), from a
	 * sample of 500 of them.
	 */
	private static void printCandidates(JdbcClient jdbc, long after) {
		jdbc.sql("""
				select count(*) as reports, avg(n)::numeric(10, 1) as mean, max(n) as most from (
					select (select count(*) from concerns o where o.category = c.category and o.id < c.id
						and o.status in ('OPEN', 'ACKNOWLEDGED', 'IN_PROGRESS', 'REFERRED')
						and o.requested_at >= c.requested_at - interval '30 days'
						and abs(o.latitude - c.latitude) <= 0.00225 and abs(o.longitude - c.longitude) <= 0.00302) as n
					from concerns c where c.id > ? order by random() limit 500) sample""")
			.param(after)
			.query((rs, row) -> String.format(Locale.ROOT,
					"similar-concern candidates per report (a sample of %d): mean %s, most %d", rs.getLong(1),
					rs.getBigDecimal(2), rs.getLong(3)))
			.list()
			.forEach(System.out::println);
	}

	/** Points inside the busy beats, so that each report changes their lists. */
	static List<double[]> busyBeats(Beats beats, Random random) {
		List<double[]> points = new ArrayList<>();
		while (points.size() < 200) {
			points.add(pointIn(beats, BUSY_BEATS.get(points.size() % BUSY_BEATS.size()), random));
		}
		return points;
	}

	static List<String> reports(List<double[]> points, List<String> categories, String key, Random random) {
		List<String> descriptions = List.of("Loud gatherings after midnight on the corner, again this week.",
				"Street light out for two weeks; the block is dark at night.",
				"Cars speeding past the school every morning around 8.",
				"Abandoned building with an open door; people go in at night.",
				"Graffiti on the viaduct walls, new tags since Monday.");
		List<String> bodies = new ArrayList<>();
		while (bodies.size() < Math.max(2000, points.size())) {
			double[] point = points.get(bodies.size() % points.size());
			StringBuilder body = new StringBuilder("api_key=" + key);
			body.append("&service_code=").append(categories.get(random.nextInt(categories.size())));
			body.append(String.format(Locale.ROOT, "&lat=%.6f&long=%.6f", point[0], point[1]));
			body.append("&description=")
				.append(URLEncoder.encode(descriptions.get(random.nextInt(descriptions.size())) + " #" + bodies.size(),
						StandardCharsets.UTF_8));
			if (random.nextInt(4) == 0) {
				body.append("&email=")
					.append(URLEncoder.encode("resident" + bodies.size() + "@example.org", StandardCharsets.UTF_8));
			}
			bodies.add(body.toString());
		}
		return bodies;
	}

	/**
	 * A point with six decimals inside the city (and inside {@code beat} unless null), as
	 * {@link Beats#locate} sees it after the decimals were cut.
	 */
	static double[] pointIn(Beats beats, String beat, Random random) {
		while (true) {
			double latitude = Math.round((41.645 + random.nextDouble() * 0.377) * 1e6) / 1e6;
			double longitude = Math.round((-87.94 + random.nextDouble() * 0.41) * 1e6) / 1e6;
			BeatLocation location = beats.locate(latitude, longitude).orElse(null);
			if (location != null && !location.onBoundary() && (beat == null || location.beat().equals(beat))) {
				return new double[] { latitude, longitude };
			}
		}
	}

	/**
	 * 100,000 concerns in each busy beat over five years and 50,000 over every beat in
	 * the last year, each with its first transition; statements of generate_series, as
	 * the report would write them.
	 */
	static void plant(JdbcClient jdbc, Beats beats, List<String> allBeats, List<String> categories) {
		Random random = new Random(5);
		for (String beat : BUSY_BEATS) {
			insert(jdbc, CONCERNS_PER_BUSY_BEAT, "{" + beat + "}", points(beats, beat, 200, random), categories,
					365 * YEARS_OF_BUSY_BEAT);
		}
		// the beat column follows the point only for the busy beats; elsewhere it is
		// spread
		// evenly, which is what the lists per beat need
		insert(jdbc, CONCERNS_ELSEWHERE, "{" + String.join(",", allBeats) + "}", points(beats, null, 2000, random),
				categories, 365);
		jdbc.sql("""
				insert into concern_transitions (concern_id, from_status, to_status, actor_account_id, actor_role, at)
				select id, null, 'OPEN', null, 'ANONYMOUS', requested_at from concerns
				where description like 'Benchmark concern %'""").update();
		jdbc.sql("analyze concerns").update();
		jdbc.sql("analyze concern_transitions").update();
	}

	/**
	 * {@code count} points in the beat (or the city): an array of latitudes, one of
	 * longitudes.
	 */
	private static List<String> points(Beats beats, String beat, int count, Random random) {
		List<String> latitudes = new ArrayList<>();
		List<String> longitudes = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			double[] point = pointIn(beats, beat, random);
			latitudes.add(Double.toString(point[0]));
			longitudes.add(Double.toString(point[1]));
		}
		return List.of("{" + String.join(",", latitudes) + "}", "{" + String.join(",", longitudes) + "}");
	}

	private static void insert(JdbcClient jdbc, int count, String beats, List<String> points, List<String> categories,
			int days) {
		// the arrays are cast once, in a materialized CTE, not for every row
		jdbc.sql(
				"""
						with a as materialized (select ?::text as label, ?::text[] as beats, ?::float8[] as latitudes, ?::float8[] as longitudes,
							?::text[] as categories)
						insert into concerns (category, status, description, public_description, latitude, longitude,
							block_address, block_latitude, block_longitude, beat, district, source, locale, attributes,
							anonymous, tracking_token_hash, requested_at, updated_at)
						select x.category, x.status, 'Benchmark concern ' || g, 'Benchmark concern ' || g,
							x.latitude, x.longitude, '0' || (g % 90) || 'XX W BENCHMARK ST', round(x.latitude::numeric, 3),
							round(x.longitude::numeric, 3), x.beat, ltrim(substr(x.beat, 1, 2), '0'),
							'WEB', 'en', '{}', true, sha256(('bench-' || a.label || '-' || g)::bytea), x.at, x.at
						from generate_series(1, ?) g cross join a
						cross join lateral (select a.beats[1 + g % cardinality(a.beats)] as beat,
							a.latitudes[1 + g % cardinality(a.latitudes)] as latitude,
							a.longitudes[1 + g % cardinality(a.longitudes)] as longitude,
							a.categories[1 + (g / 7) % cardinality(a.categories)] as category,
							(array['OPEN','OPEN','OPEN','ACKNOWLEDGED','IN_PROGRESS','RESOLVED','NOT_ACTIONABLE'])[1 + g % 7]
								as status,
							now() - (g % ?) * interval '1 day' - (g % 86400) * interval '1 second' as at) x""")
			.params(beats + days, beats, points.get(0), points.get(1), "{" + String.join(",", categories) + "}", count,
					days)
			.update();
	}

	private static void printPlan(JdbcClient jdbc) {
		// the plan of the concerns module's search for one beat, as GET
		// requests.json?beat=
		// runs it
		jdbc.sql("""
				explain analyze select c.id from concerns c where c.beat = ?
				and c.category = ? and c.status = any(?::text[])
				and c.requested_at >= now() - interval '90 days' and c.requested_at < now()
				order by c.requested_at desc, c.id desc limit 1000""")
			.params(BUSY_BEATS.get(0), "noise", "{OPEN,ACKNOWLEDGED,IN_PROGRESS,REFERRED}")
			.query(String.class)
			.list()
			.forEach(System.out::println);
	}

	/**
	 * The plans of what a report asks the database, after the POST runs added their
	 * concerns: where PostgreSQL's share of a report's CPU goes.
	 */
	private static void printReportPlans(JdbcClient jdbc, DataSource dataSource) throws SQLException {
		jdbc.sql("analyze concerns").update();
		for (String query : List.of("""
				explain (analyze, buffers) select c.id from concerns c where c.category = 'noise'
				and c.status in ('OPEN', 'ACKNOWLEDGED', 'IN_PROGRESS', 'REFERRED')
				and c.requested_at >= now() - interval '30 days' and c.latitude between 41.8786 and 41.8831
				and c.longitude between -87.7268 and -87.7208 order by c.requested_at desc limit 200""", """
				explain (analyze, buffers) select id from open311_api_keys where key_hash = sha256('x'::bytea)
				and revoked_at is null""")) {
			System.out.println(query.strip());
			jdbc.sql(query).query(String.class).list().forEach(System.out::println);
		}
		// one more report's rows, as the report writes them: where an insert's time goes
		// (indexes, triggers, foreign keys, WAL)
		String insert = """
				explain (analyze, buffers, wal) with concern as (
					insert into concerns (category, status, description, public_description, latitude, longitude,
						block_address, block_latitude, block_longitude, beat, district, source, locale, attributes,
						anonymous, tracking_token_hash, requested_at, updated_at)
					select category, status, description, public_description, latitude, longitude, block_address,
						block_latitude, block_longitude, beat, district, source, locale, attributes, anonymous,
						sha256(random()::text::bytea), now(), now()
					from concerns where id = (select max(id) from concerns) returning id, requested_at
				)
				insert into concern_transitions (concern_id, from_status, to_status, actor_role, at)
				select id, null, 'OPEN', 'ANONYMOUS', requested_at from concern""";
		for (int i = 0; i < 3; i++) {
			List<String> plan = jdbc.sql(insert).query(String.class).list();
			if (i == 2) {
				System.out.println(insert.strip());
				plan.forEach(System.out::println);
			}
		}
		// the plan a report uses: generic, planned once per connection (decision 0763)
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("""
					prepare nearby(text, bigint[], timestamptz, float8, float8, float8, float8) as
					select c.id from concerns c where c.category = $1 and c.nearby_cell = any($2)
					and c.status in ('OPEN', 'ACKNOWLEDGED', 'IN_PROGRESS', 'REFERRED') and c.requested_at >= $3
					and c.latitude between $4 and $5 and c.longitude between $6 and $7
					order by c.requested_at desc limit 200""");
			statement.execute("set plan_cache_mode = force_generic_plan");
			// the cells of V103 that cover the box, as JdbcConcerns computes them
			List<String> cells = new ArrayList<>();
			for (long row = (long) Math.floor(41.8786 * 400); row <= (long) Math.floor(41.8831 * 400); row++) {
				for (long column = (long) Math.floor(-87.7268 * 300); column <= (long) Math
					.floor(-87.7208 * 300); column++) {
					cells.add(String.valueOf(row * 100_000 + column + 50_000));
				}
			}
			String execute = "explain (analyze, buffers) execute nearby('noise', '{" + String.join(",", cells) + "}',"
					+ " now() - interval '30 days', 41.8786, 41.8831, -87.7268, -87.7208)";
			System.out.println("generic plan of the nearby search: " + execute);
			try (ResultSet plan = statement.executeQuery(execute)) {
				while (plan.next()) {
					System.out.println(plan.getString(1));
				}
			}
			statement.execute("reset plan_cache_mode");
			statement.execute("deallocate nearby");
		}
		System.out.println(jdbc.sql("select count(*) || ' concerns, ' || count(*) filter (where requested_at > now()"
				+ " - interval '30 days') || ' in 30 days' from concerns")
			.query(String.class)
			.single());
	}

}
