package org.beatbridge.shared.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors nobody handled on purpose: the API answers in problem details, people get a
 * friendly page in their language, and nothing answers 500 for bad input.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class ErrorResponsesTests {

	private static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	@Test
	void anUnknownApiPathIsAProblemEvenForABrowser() throws Exception {
		for (String accept : List.of("application/json", HTML, "*/*")) {
			// under /api/v1/geo, which anyone may GET, so only the routing can answer
			HttpResponse<String> response = send("GET", "/api/v1/geo/no-such-thing", accept, null);

			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(response.body()).contains("\"status\":404")
				.contains("\"instance\":\"/api/v1/geo/no-such-thing\"")
				.doesNotContain("trace");
		}
	}

	@Test
	void aWrongMethodOnTheApiIsAProblem() throws Exception {
		HttpResponse<String> response = send("DELETE", "/api/v1/geo/beats", "application/json", null);

		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":405");
	}

	@Test
	void anUnknownPageIsAFriendlyPageInTheLayout() throws Exception {
		HttpResponse<String> response = send("GET", "/no/such/page", HTML, null);

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("<h1>Page not found</h1>")
			.contains("class=\"site-header\"")
			.contains("href=\"/\"");
	}

	@Test
	void theErrorPageSpeaksTheVisitorsLanguage() throws Exception {
		HttpResponse<String> response = send("GET", "/no/such/page", HTML, "es-US,es;q=0.9,en;q=0.5");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("lang=\"es\"").contains("Página no encontrada");
	}

	@Test
	void aWrongMethodOnAPageIsAFriendlyPage() throws Exception {
		HttpResponse<String> response = send("DELETE", "/beats", HTML, null);

		assertThat(response.statusCode()).isBetween(400, 499);
		assertThat(response.body()).contains("class=\"site-header\"").doesNotContain("Exception");
	}

	@Test
	void noBadInputEverAnswers500() throws Exception {
		List<String> paths = List.of("/beats/abc", "/beats/9999", "/beats/", "/beats/%20", "/beats/1713%00",
				"/beats/%2e%2e", "/beats/" + "9".repeat(5000), "/beats/%E2%9C%93", "/beats?beat=%3Cscript%3E",
				"/beats?beat=" + "1".repeat(3000), "/?lang=xx", "/?lang=", "/?lang=%3Cscript%3E", "/api/v1/geo/locate",
				"/api/v1/geo/locate?lat=abc&lon=def", "/api/v1/geo/locate?lat=91&lon=0",
				"/api/v1/geo/locate?lat=NaN&lon=Infinity", "/api/v1/geo/locate?lat=41.9&lon=", "/api/v1", "/api",
				"/webjars/nothing.js", "/css/nothing.css", "/error");
		for (String path : paths) {
			for (String accept : List.of(HTML, "application/json")) {
				HttpResponse<String> response = send("GET", path, accept, null);
				assertThat(response.statusCode()).as("GET %s (%s)", path, accept).isLessThan(500);
				assertThat(response.body()).as("GET %s", path).doesNotContain("at org.").doesNotContain("Exception");
			}
		}
	}

	@Test
	void anUnofferedLanguageFallsBackToEnglish() throws Exception {
		HttpResponse<String> response = send("GET", "/?lang=fr", HTML, null);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("lang=\"en\"");
		assertThat(response.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.contains("=fr"));
	}

	@Test
	void theChosenLanguageIsRememberedInACookie() throws Exception {
		HttpResponse<String> response = send("GET", "/?lang=es", HTML, null);

		assertThat(response.body()).contains("lang=\"es\"");
		assertThat(response.headers().allValues("Set-Cookie"))
			.anyMatch(cookie -> cookie.startsWith("beatbridge-lang=es") && cookie.contains("SameSite=Lax"));
	}

	private HttpResponse<String> send(String method, String path, String accept, String language)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.header("Accept", accept);
		if (language != null) {
			request.header("Accept-Language", language);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
