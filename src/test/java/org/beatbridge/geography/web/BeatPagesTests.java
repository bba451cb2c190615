package org.beatbridge.geography.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.beatbridge.geography.BeatDetails;
import org.beatbridge.geography.Beats;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class BeatPagesTests {

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	@Autowired
	Beats beats;

	@Test
	void theHomePageOffersEveryBeatGroupedByDistrict() throws Exception {
		HttpResponse<String> response = get("/");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("<optgroup label=\"District 17\">")
			.contains("<option value=\"1713\">Beat 1713</option>")
			.contains("data-beats-url=\"/api/v1/geo/beats\"")
			.as("no third-party tiles unless configured")
			.doesNotContain("data-tiles-url");
		for (BeatDetails beat : this.beats.all()) {
			assertThat(response.body()).contains("value=\"" + beat.beat() + "\"");
		}
	}

	@Test
	void theChooserRedirectsToTheBeatPage() throws Exception {
		HttpResponse<String> response = get("/beats?beat=1713");

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/beats/1713"));
	}

	@Test
	void aBeatPageShowsWhereTheBeatIsAndLinksItsNeighbours() throws Exception {
		BeatDetails beat = this.beats.find("1713").orElseThrow();

		HttpResponse<String> response = get("/beats/1713");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("<h1>Beat 1713</h1>")
			.contains("data-fact=\"district\">17<")
			.contains("data-fact=\"sector\">" + beat.sector() + "<");
		for (String neighbour : beat.neighbours()) {
			assertThat(response.body()).contains("href=\"/beats/" + neighbour + "\"");
		}
		for (String area : beat.communityAreas()) {
			assertThat(response.body()).contains(area);
		}
	}

	@Test
	void aBeatNumberWithoutItsLeadingZeroFindsTheBeat() throws Exception {
		String padded = this.beats.all()
			.stream()
			.map(BeatDetails::beat)
			.filter(number -> number.startsWith("0"))
			.findFirst()
			.orElseThrow();

		HttpResponse<String> response = get("/beats/" + padded.substring(1));

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/beats/" + padded));
	}

	@Test
	void anUnknownBeatIsAHelpful404WithTheChooser() throws Exception {
		HttpResponse<String> response = get("/beats/9999");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Beat not found")
			.contains("&quot;9999&quot;")
			.contains("<select")
			.contains("href=\"/\"");
	}

	@Test
	void aMalformedBeatIsAHelpful404() throws Exception {
		HttpResponse<String> response = get("/beats/abc");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Beat not found").contains("&quot;abc&quot;");
	}

	@Test
	void whatAVisitorTypedIsEscapedAndShortened() throws Exception {
		HttpResponse<String> response = get("/beats/%3Cscript%3Ealert(1)%3C%2Fscript%3E" + "x".repeat(100));

		assertThat(response.statusCode()).isBetween(400, 404);
		assertThat(response.body()).doesNotContain("<script>alert").doesNotContain("x".repeat(50));
	}

	@Test
	void theListOfAllBeatsLinksEveryBeat() throws Exception {
		HttpResponse<String> response = get("/beats");

		assertThat(response.statusCode()).isEqualTo(200);
		for (BeatDetails beat : this.beats.all()) {
			assertThat(response.body()).contains("href=\"/beats/" + beat.beat() + "\"");
		}
	}

	@Test
	void spanishPagesAreInSpanish() throws Exception {
		HttpResponse<String> response = get("/beats/1713?lang=es");

		assertThat(response.body()).contains("lang=\"es\"")
			.contains("Sector (beat) 1713")
			.contains("Sectores vecinos")
			.doesNotContain("Neighboring beats");
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
