package org.beatbridge.concerns.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.beatbridge.BeatBridgeApplication;
import org.beatbridge.concerns.ConcernQuery;
import org.beatbridge.concerns.ConcernStatus;
import org.beatbridge.concerns.Concerns;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How fast a beat with 100,000 concerns is listed through {@link Concerns#search}, with
 * 400,000 more concerns in other beats. Not a test: run it with
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.beatbridge.concerns.bench.ConcernSearchBenchmark
 * </pre>
 */
public final class ConcernSearchBenchmark {

	private ConcernSearchBenchmark() {
	}

	public static void main(String[] args) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BeatBridgeApplication.class)
			.properties("beatbridge.embedded-ephemeral=true", "server.port=0", "spring.main.banner-mode=off",
					"logging.level.root=WARN")
			.run()) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			Concerns concerns = context.getBean(Concerns.class);
			long started = System.nanoTime();
			plant(jdbc);
			System.out.printf(Locale.ROOT, "planted 500,000 concerns (100,000 in beat 2424) in %.1f s%n",
					(System.nanoTime() - started) / 1e9);
			measure("beat 2424, newest 1000", () -> concerns.search(ConcernQuery.beat("2424", 1000)));
			measure("beat 2424, newest 50", () -> concerns.search(ConcernQuery.beat("2424", 50)));
			measure("beat 2424, open noise, last 90 days, 1000",
					() -> concerns.search(
							new ConcernQuery(List.of("2424"), null, List.of("noise"), List.copyOf(ConcernStatus.open()),
									java.time.Instant.now().minus(java.time.Duration.ofDays(90)), null, 1000)));
			measure("district 24, newest 1000",
					() -> concerns.search(new ConcernQuery(null, "24", null, null, null, null, 1000)));
			measure("similar open nearby", () -> concerns.similarOpenNearby("noise", 42.01605, -87.6764));
		}
	}

	// Concerns spread over the last year; every tenth has one status change
	private static void plant(JdbcClient jdbc) {
		jdbc.sql(
				"""
						insert into concerns (category, status, description, public_description, latitude, longitude,
							block_address, block_latitude, block_longitude, beat, district, source, locale, anonymous,
							tracking_token_hash, requested_at, updated_at)
						select (array['noise','drug-sales','graffiti','street-light-out','speeding'])[1 + i % 5],
							(array['OPEN','ACKNOWLEDGED','RESOLVED','REFERRED'])[1 + i % 4],
							'Concern number ' || i, 'Concern number ' || i,
							42.01605 + (i % 100) * 0.00001, -87.6764 + (i % 77) * 0.00001, '018XX W FARGO AVE', 42.0165, -87.676875,
							case when i <= 100000 then '2424' else lpad((1 + i % 250)::text, 4, '0') end,
							case when i <= 100000 then '24' else (1 + i % 25)::text end,
							'WEB', 'en', true, sha256(i::text::bytea),
							now() - (i % 365) * interval '1 day' - (i % 1440) * interval '1 minute', now()
						from generate_series(1, 500000) i""")
			.update();
		jdbc.sql("""
				insert into concern_transitions (concern_id, from_status, to_status, actor_role, at)
				select id, null, 'OPEN', 'ANONYMOUS', requested_at from concerns""").update();
		jdbc.sql("""
				insert into concern_transitions (concern_id, from_status, to_status, actor_role, public_update, at)
				select id, 'OPEN', status, 'OFFICER', 'Looked into it.', updated_at from concerns
				where status <> 'OPEN' and id % 10 = 0""").update();
		jdbc.sql("analyze").update();
	}

	private static void measure(String what, Runnable search) {
		for (int i = 0; i < 20; i++) {
			search.run();
		}
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			long started = System.nanoTime();
			search.run();
			times.add(System.nanoTime() - started);
		}
		long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
		System.out.printf(Locale.ROOT, "%-45s median %6.2f ms  p99 %6.2f ms%n", what, sorted[100] / 1e6,
				sorted[197] / 1e6);
	}

}
