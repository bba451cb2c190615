package org.beatbridge.identity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal browser for tests: keeps cookies, does not follow redirects, and fills in the
 * CSRF token of the last page it read, like a real form would.
 */
public final class Browser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	private String csrf;

	public Browser(int port) {
		this.base = "http://localhost:" + port;
	}

	public HttpResponse<String> get(String path) {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());
		Matcher matcher = CSRF.matcher(response.body());
		if (matcher.find()) {
			this.csrf = matcher.group(1);
		}
		return response;
	}

	/** Posts a form with the CSRF token of the page read last. */
	public HttpResponse<String> submit(String path, String... fields) {
		Map<String, String> form = new LinkedHashMap<>();
		for (int i = 0; i < fields.length; i += 2) {
			form.put(fields[i], fields[i + 1]);
		}
		if (this.csrf != null) {
			form.put("_csrf", this.csrf);
		}
		return postForm(path, form);
	}

	public HttpResponse<String> postForm(String path, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/**
	 * Posts a multipart form with one file (and the CSRF token of the page read last), as
	 * a file input does; a {@code null} file name is a form sent with no file chosen.
	 */
	public HttpResponse<String> upload(String path, String field, String fileName, byte[] content) {
		String boundary = "----BeatBridgeTest" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		if (this.csrf != null) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + this.csrf
					+ "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ ((fileName != null) ? fileName : "") + "\"\r\nContent-Type: "
				+ ((fileName != null) ? "text/csv" : "application/octet-stream") + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	public HttpResponse<String> json(String method, String path, String body, String bearer) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json, application/problem+json")
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		return send(request);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create(this.base + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
