package org.beatbridge.meetings.bench;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

import org.beatbridge.BeatBridgeApplication;
import org.beatbridge.geography.BeatDetails;
import org.beatbridge.geography.Beats;
import org.beatbridge.meetings.CalendarImport;
import org.beatbridge.meetings.MeetingKind;
import org.beatbridge.meetings.Meetings;
import org.beatbridge.meetings.NewMeeting;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Latency of the district calendar feeds under concurrent load. Not a test: run it with
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.beatbridge.meetings.bench.CalendarFeedBenchmark [-Dexec.args="clients seconds"]
 * </pre>
 *
 * Starts the application on a throw-away embedded PostgreSQL, imports the real 2016 CPD
 * calendar and two copies of it moved into the feeds' window (2026 and 2027), then gives
 * every beat a monthly series ("2nd Tuesday", CAPS's usual rhythm). {@code clients}
 * threads (default 8) fetch {@code /calendar/districts/{d}.ics} of random districts over
 * loopback HTTP for {@code seconds} (default 20) after a 5 s warm-up; then every beat
 * gets a second, weekly series (about five times the events) and the run is repeated: how
 * it grows.
 */
public final class CalendarFeedBenchmark {

	static final Path CALENDAR = Path.of("../shared/data/caps/cpd_community_calendar_2016.json");

	static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	private CalendarFeedBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int clients = (args.length > 0) ? Integer.parseInt(args[0]) : 8;
		int seconds = (args.length > 1) ? Integer.parseInt(args[1]) : 20;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BeatBridgeApplication.class)
			.web(WebApplicationType.SERVLET)
			.properties("beatbridge.embedded-ephemeral=true", "server.port=0", "spring.main.banner-mode=off",
					"logging.level.root=warn")
			.run()) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			String json = Files.readString(CALENDAR);
			CalendarImport calendar = context.getBean(CalendarImport.class);
			for (String year : List.of("2016", "2026", "2027")) {
				String moved = json.replaceAll("(\"(?:start|end|modifiedDate)\"\\s*:\\s*\")2016-", "$1" + year + "-")
					.replace(year + "-02-29T", year + "-02-28T");
				System.out.println("calendar " + year + ": "
						+ calendar.importCalendar(new ByteArrayInputStream(moved.getBytes(StandardCharsets.UTF_8))));
			}
			Meetings meetings = context.getBean(Meetings.class);
			List<BeatDetails> beats = context.getBean(Beats.class).all();
			LocalDate firstTuesday = LocalDate.now(CHICAGO)
				.minusYears(1)
				.with(TemporalAdjusters.dayOfWeekInMonth(2, java.time.DayOfWeek.TUESDAY));
			series(meetings, beats, firstTuesday, LocalTime.of(18, 30), "FREQ=MONTHLY;BYDAY=2TU");
			List<String> districts = beats.stream().map(BeatDetails::district).distinct().toList();
			System.out.printf(Locale.ROOT, "%d beats, %d districts, monthly series per beat%n", beats.size(),
					districts.size());
			run(port, districts, clients, seconds);
			series(meetings, beats, firstTuesday.plusDays(1), LocalTime.of(10, 0), "FREQ=WEEKLY");
			System.out.println("+ a weekly series per beat");
			run(port, districts, clients, seconds);
		}
	}

	private static void series(Meetings meetings, List<BeatDetails> beats, LocalDate first, LocalTime at, String rule) {
		for (BeatDetails beat : beats) {
			meetings.schedule(new NewMeeting(List.of(beat.beat()), null, MeetingKind.IN_PERSON, "District station",
					null, null, first.atTime(at), first.atTime(at).plusHours(1), rule, List.of("en", "es"), true));
		}
	}

	private static void run(int port, List<String> districts, int clients, int seconds) throws Exception {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		// the first request of each feed renders it (a cache miss): timed on its own, one
		// at a time
		List<Long> renders = new ArrayList<>();
		for (String district : districts) {
			long start = System.nanoTime();
			http.send(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + port + "/calendar/districts/" + district + ".ics"))
				.build(), HttpResponse.BodyHandlers.discarding());
			renders.add(System.nanoTime() - start);
		}
		Collections.sort(renders);
		System.out.printf(Locale.ROOT, "first request (render) per district: median %.0f ms, max %.0f ms%n",
				percentile(renders, 50), percentile(renders, 100));
		load(http, port, districts, clients, 5);
		Result result = load(http, port, districts, clients, seconds);
		List<Long> all = result.latencies();
		Collections.sort(all);
		System.out.printf(Locale.ROOT,
				"%d clients, %d s: %d requests, %.0f req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, "
						+ "mean gzipped feed %d kB, mean %d events%n",
				clients, seconds, all.size(), all.size() / (double) seconds, percentile(all, 50), percentile(all, 95),
				percentile(all, 99), all.get(all.size() - 1) / 1e6, result.bytes() / all.size() / 1024,
				result.events() / all.size());
	}

	private static Result load(HttpClient http, int port, List<String> districts, int clients, int seconds)
			throws Exception {
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		AtomicLong bytes = new AtomicLong();
		AtomicLong events = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<List<Long>>> futures = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			futures.add(pool.submit(() -> {
				List<Long> latencies = new ArrayList<>();
				while (System.nanoTime() < end) {
					String district = districts.get(ThreadLocalRandom.current().nextInt(districts.size()));
					HttpRequest request = HttpRequest
						.newBuilder(URI.create("http://127.0.0.1:" + port + "/calendar/districts/" + district + ".ics"))
						.header("Accept-Encoding", "gzip")
						.build();
					long start = System.nanoTime();
					HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
					// a calendar app unzips what it receives: part of the time measured
					String body = new String(
							new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes(),
							StandardCharsets.UTF_8);
					latencies.add(System.nanoTime() - start);
					if (response.statusCode() != 200) {
						throw new IllegalStateException("HTTP " + response.statusCode() + " for district " + district);
					}
					bytes.addAndGet(response.body().length);
					events.addAndGet(count(body, "BEGIN:VEVENT"));
				}
				return latencies;
			}));
		}
		List<Long> all = new ArrayList<>();
		for (Future<List<Long>> future : futures) {
			all.addAll(future.get());
		}
		pool.shutdown();
		return new Result(all, bytes.get(), events.get());
	}

	private static int count(String text, String what) {
		int n = 0;
		for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
			n++;
		}
		return n;
	}

	private static double percentile(List<Long> sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(index, 0)) / 1e6;
	}

	record Result(List<Long> latencies, long bytes, long events) {

	}

}
