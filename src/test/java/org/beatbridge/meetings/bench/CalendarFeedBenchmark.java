package org.beatbridge.meetings.bench;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

import org.beatbridge.BeatBridgeApplication;
import org.beatbridge.bench.Wrk;
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
 * Latency of the district calendar feeds under load. Not a test: run it with
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.beatbridge.meetings.bench.CalendarFeedBenchmark [-Dexec.args="seconds connections [growth]"]
 * </pre>
 *
 * The JVM starts the application on a throw-away embedded PostgreSQL, imports the real
 * 2016 CPD calendar and two copies of it moved into the feeds' window (2026 and 2027),
 * then gives every beat a monthly series ("2nd Tuesday", CAPS's usual rhythm). Each
 * district feed is requested once (the render, a cache miss); then {@code wrk} in its own
 * process ({@link Wrk}) fetches {@code /calendar/districts/{random}.ics} with gzip: a 10
 * s warm-up, {@code seconds} (default 8) measured at each connection count (default 4 and
 * 16); again while a meeting is scheduled every 2 s (every feed becomes a miss), and
 * against the liveness endpoint before and after. With {@code growth}, every beat then
 * gets a weekly series (about four times the events) and the feeds are measured again.
 */
public final class CalendarFeedBenchmark {

	static final Path CALENDAR = Path.of("../shared/data/caps/cpd_community_calendar_2016.json");

	static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	static final int WARM_UP_SECONDS = 10;

	private CalendarFeedBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int seconds = (args.length > 0) ? Integer.parseInt(args[0]) : 8;
		List<Integer> connections = (args.length > 1)
				? java.util.Arrays.stream(args[1].split(",")).map(Integer::valueOf).toList() : List.of(4, 16);
		boolean growth = args.length > 2 && args[2].equals("growth");
		Wrk.require();
		long started = System.nanoTime();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BeatBridgeApplication.class)
			.web(WebApplicationType.SERVLET)
			.properties("beatbridge.embedded-ephemeral=true", "server.port=0", "spring.main.banner-mode=off",
					"logging.level.root=warn")
			.run()) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			Wrk wrk = Wrk.against("http://127.0.0.1:" + port);
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
			System.out.printf(Locale.ROOT, "%d beats, %d districts, monthly series per beat; ready after %.0f s%n",
					beats.size(), districts.size(), (System.nanoTime() - started) / 1e9);
			List<String> paths = new ArrayList<>();
			for (int i = 0; i < 500; i++) {
				paths.add("/calendar/districts/" + districts.get(i % districts.size()) + ".ics");
			}
			Path feeds = wrk.getScript("feeds", paths, Map.of("Accept-Encoding", "gzip"));
			List<Wrk.Result> results = new ArrayList<>();
			results.addAll(wrk.measure("GET /actuator/health/liveness (ceiling, before)", "/actuator/health/liveness",
					null, WARM_UP_SECONDS, seconds, connections));
			renders(port, districts);
			results.addAll(wrk.measure("GET /calendar/districts/{d}.ics, gzip (cached)", "/", feeds, WARM_UP_SECONDS,
					seconds, connections));
			try (ScheduleChanges changes = new ScheduleChanges(meetings, beats, firstTuesday)) {
				results.addAll(wrk.measure("GET /calendar/districts/{d}.ics, gzip, a schedule change every 2 s", "/",
						feeds, 0, seconds, connections));
				System.out.println(changes.count() + " schedule changes during the run");
			}
			if (growth) {
				series(meetings, beats, firstTuesday.plusDays(1), LocalTime.of(10, 0), "FREQ=WEEKLY");
				System.out.println("+ a weekly series per beat");
				renders(port, districts);
				results.addAll(wrk.measure("GET /calendar/districts/{d}.ics, gzip, + weekly series", "/", feeds,
						WARM_UP_SECONDS, seconds, connections));
			}
			results.addAll(wrk.measure("GET /actuator/health/liveness (ceiling, after)", "/actuator/health/liveness",
					null, 0, seconds, connections));
			Wrk.printTable(results);
			System.out.printf(Locale.ROOT, "total %.0f s%n", (System.nanoTime() - started) / 1e9);
		}
	}

	private static void series(Meetings meetings, List<BeatDetails> beats, LocalDate first, LocalTime at, String rule) {
		for (BeatDetails beat : beats) {
			meetings.schedule(new NewMeeting(List.of(beat.beat()), null, MeetingKind.IN_PERSON, "District station",
					null, null, first.atTime(at), first.atTime(at).plusHours(1), rule, List.of("en", "es"), true));
		}
	}

	/**
	 * Each district feed requested once, one at a time, right after a change: what a
	 * cache miss costs (ical4j render, gzip); the size and events of the feeds.
	 */
	private static void renders(int port, List<String> districts) throws Exception {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		List<Long> renders = new ArrayList<>();
		long bytes = 0;
		long gzipped = 0;
		long events = 0;
		for (String district : districts) {
			long start = System.nanoTime();
			HttpResponse<byte[]> response = http.send(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + port + "/calendar/districts/" + district + ".ics"))
				.header("Accept-Encoding", "gzip")
				.build(), HttpResponse.BodyHandlers.ofByteArray());
			renders.add(System.nanoTime() - start);
			String body = new String(new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes(),
					StandardCharsets.UTF_8);
			bytes += body.length();
			gzipped += response.body().length;
			events += count(body, "BEGIN:VEVENT");
		}
		Collections.sort(renders);
		System.out.printf(Locale.ROOT,
				"first request (render) per district: median %.0f ms, max %.0f ms; mean feed %d events, %d kB, %d kB gzipped%n",
				percentile(renders, 50), percentile(renders, 100), events / districts.size(),
				bytes / districts.size() / 1024, gzipped / districts.size() / 1024);
	}

	/** A one-off meeting scheduled every 2 s in a random beat while it is open. */
	private static final class ScheduleChanges implements AutoCloseable {

		private final java.util.concurrent.ScheduledExecutorService timer = Executors
			.newSingleThreadScheduledExecutor();

		private final AtomicLong count = new AtomicLong();

		ScheduleChanges(Meetings meetings, List<BeatDetails> beats, LocalDate first) {
			this.timer.scheduleWithFixedDelay(() -> {
				BeatDetails beat = beats.get(ThreadLocalRandom.current().nextInt(beats.size()));
				LocalDate day = first.plusDays(400 + this.count.get());
				meetings.schedule(new NewMeeting(List.of(beat.beat()), null, MeetingKind.IN_PERSON, "District station",
						null, null, day.atTime(18, 30), day.atTime(19, 30), null, List.of("en"), false));
				this.count.incrementAndGet();
			}, 2, 2, TimeUnit.SECONDS);
		}

		long count() {
			return this.count.get();
		}

		@Override
		public void close() {
			this.timer.shutdownNow();
		}

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

}
