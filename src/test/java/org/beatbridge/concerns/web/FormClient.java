package org.beatbridge.concerns.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without a screen for the concern pages: keeps cookies, does not follow
 * redirects, sends the CSRF token of the page it read last, and can pose as another
 * client address (X-Forwarded-For, as the proxy in front of the nodes sets it).
 */
final class FormClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	private final String address;

	private String csrf;

	FormClient(int port, String address) {
		this.base = "http://localhost:" + port;
		this.address = address;
	}

	HttpResponse<String> get(String path) {
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(this.base + path)).GET());
		Matcher matcher = CSRF.matcher(response.body());
		if (matcher.find()) {
			this.csrf = matcher.group(1);
		}
		return response;
	}

	HttpResponse<byte[]> getBytes(String path) {
		try {
			return this.client.send(HttpRequest.newBuilder(URI.create(this.base + path))
				.header("X-Forwarded-For", this.address)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Posts the report form as multipart, the way the page does. */
	HttpResponse<String> report(Map<String, String> fields, String fileName, String contentType, byte[] photo) {
		if (this.csrf == null) {
			get("/concerns/new");
		}
		String boundary = "----ConcernTest" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", this.csrf);
		all.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		if (photo != null) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\""
					+ fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(photo);
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(URI.create(this.base + "/concerns"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/**
	 * Posts a form with fields given as name, value, name, value... and the CSRF token.
	 */
	HttpResponse<String> submit(String path, String... fields) {
		StringBuilder body = new StringBuilder(
				"_csrf=" + java.net.URLEncoder.encode(this.csrf, StandardCharsets.UTF_8));
		for (int i = 0; i < fields.length; i += 2) {
			body.append('&')
				.append(java.net.URLEncoder.encode(fields[i], StandardCharsets.UTF_8))
				.append('=')
				.append(java.net.URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
		}
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
	}

	HttpResponse<String> post(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString((this.csrf != null)
					? "_csrf=" + java.net.URLEncoder.encode(this.csrf, StandardCharsets.UTF_8) : ""));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return send(request);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.client.send(request.header("X-Forwarded-For", this.address).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
