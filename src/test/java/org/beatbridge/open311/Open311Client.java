package org.beatbridge.open311;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What a third-party Open311 app does: plain GETs and form-encoded POSTs, no cookies.
 */
final class Open311Client {

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	Open311Client(int port) {
		this.base = "http://localhost:" + port;
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET().build());
	}

	HttpResponse<String> method(String method, String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build());
	}

	/** Posts {@code name, value, name, value...} form-encoded. */
	HttpResponse<String> post(String path, String... fields) {
		String body = IntStream.range(0, fields.length / 2)
			.mapToObj((i) -> encode(fields[2 * i]) + "=" + encode(fields[2 * i + 1]))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
