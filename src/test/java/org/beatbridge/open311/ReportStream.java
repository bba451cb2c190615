package org.beatbridge.open311;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reports posted at a steady rate from a thread of the benchmark's JVM (a few per second:
 * its own cost is small), to measure reading while the read data change.
 */
final class ReportStream implements AutoCloseable {

	private final HttpClient http = HttpClient.newHttpClient();

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

	private final AtomicInteger sent = new AtomicInteger();

	private final AtomicInteger failed = new AtomicInteger();

	ReportStream(int port, List<String> bodies, int perSecond) {
		URI uri = URI.create("http://127.0.0.1:" + port + "/open311/v2/requests.json");
		this.timer.scheduleAtFixedRate(() -> {
			String body = bodies.get(this.sent.get() % bodies.size());
			try {
				HttpResponse<Void> response = this.http.send(HttpRequest.newBuilder(uri)
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() != 200) {
					this.failed.incrementAndGet();
				}
			}
			catch (Exception ex) {
				this.failed.incrementAndGet();
			}
			this.sent.incrementAndGet();
		}, 0, 1000 / perSecond, TimeUnit.MILLISECONDS);
	}

	int sent() {
		return this.sent.get();
	}

	int failed() {
		return this.failed.get();
	}

	@Override
	public void close() throws InterruptedException {
		this.timer.shutdownNow();
		this.timer.awaitTermination(5, TimeUnit.SECONDS);
	}

}
