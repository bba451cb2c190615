package org.beatbridge.geography.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class GeographyApiTests {

	static final ObjectMapper JSON = JsonMapper.builder().build();

	@Autowired
	TestRestTemplate http;

	@Test
	void locatesAPointInAlbanyPark() {
		ResponseEntity<String> response = get("/api/v1/geo/locate?lat=41.967412455&lon=-87.704773815");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode body = JSON.readTree(response.getBody());
		assertThat(body.get("beat").asString()).isEqualTo("1713");
		assertThat(body.get("sector").asString()).isEqualTo("171");
		assertThat(body.get("district").asString()).isEqualTo("17");
		assertThat(body.get("communityArea").asString()).isEqualTo("ALBANY PARK");
		assertThat(body.get("onBoundary").asBoolean()).isFalse();
		assertThat(body.get("otherBeats").isEmpty()).isTrue();
	}

	@Test
	void answersJsonToABrowserThatAlsoAcceptsXml() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
		ResponseEntity<String> found = this.http.exchange("/api/v1/geo/locate?lat=41.967412455&lon=-87.704773815",
				HttpMethod.GET, new HttpEntity<>(headers), String.class);
		assertThat(found.getHeaders().getContentType().toString()).startsWith("application/json");
		ResponseEntity<String> missing = this.http.exchange("/api/v1/geo/locate?lat=41.88&lon=-87.50", HttpMethod.GET,
				new HttpEntity<>(headers), String.class);
		assertThat(missing.getHeaders().getContentType()).hasToString("application/problem+json");
	}

	@Test
	void answersNotFoundForAPointOutsideTheCity() {
		ResponseEntity<String> response = get("/api/v1/geo/locate?lat=41.88&lon=-87.50");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(JSON.readTree(response.getBody()).get("type").asString()).endsWith("/outside-city");
	}

	@ParameterizedTest
	@CsvSource({ "lat=abc&lon=-87.7, lat", "lat=41.9&lon=abc, lon", "lon=-87.7, lat", "lat=41.9, lon",
			"lat=91&lon=-87.7, lat", "lat=-90.5&lon=-87.7, lat", "lat=41.9&lon=180.1, lon", "lat=41.9&lon=-181, lon",
			"lat=NaN&lon=-87.7, lat", "lat=41.9&lon=Infinity, lon", "lat=&lon=-87.7, lat" })
	void rejectsABadCoordinateNamingTheParameter(String query, String parameter) {
		ResponseEntity<String> response = get("/api/v1/geo/locate?" + query);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(JSON.readTree(response.getBody()).get("parameter").asString()).isEqualTo(parameter);
	}

	@Test
	void servesAllBeatsAsGeoJson() {
		ResponseEntity<String> response = get("/api/v1/geo/beats");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getHeaders().getContentType()).hasToString("application/geo+json");
		JsonNode body = JSON.readTree(response.getBody());
		assertThat(body.get("type").asString()).isEqualTo("FeatureCollection");
		assertThat(body.get("features")).hasSize(275);
		JsonNode first = body.get("features").get(0);
		assertThat(first.at("/properties/beat").asString()).isEqualTo("0111");
		assertThat(first.at("/properties/sector").asString()).isEqualTo("011");
		assertThat(first.at("/properties/district").asString()).isEqualTo("1");
		assertThat(first.at("/geometry/type").asString()).isEqualTo("MultiPolygon");
	}

	@Test
	void letsAMapReuseItsCopyOfTheBeats() {
		String etag = get("/api/v1/geo/beats").getHeaders().getETag();
		assertThat(etag).isNotBlank();
		HttpHeaders headers = new HttpHeaders();
		headers.setIfNoneMatch(etag);
		ResponseEntity<String> again = this.http.exchange("/api/v1/geo/beats", HttpMethod.GET,
				new HttpEntity<>(headers), String.class);
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.NOT_MODIFIED);
	}

	@Test
	void servesTheDistrictsAsGeoJson() {
		ResponseEntity<String> response = get("/api/v1/geo/districts");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode features = JSON.readTree(response.getBody()).get("features");
		assertThat(features).hasSize(23);
		assertThat(features.get(0).at("/properties/district").asString()).isEqualTo("1");
		assertThat(features.get(0).at("/properties/label").asString()).isEqualTo("1ST");
	}

	@Test
	void describesABeatWithItsNeighboursAndCommunityAreas() {
		ResponseEntity<String> response = get("/api/v1/geo/beats/1713");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode properties = JSON.readTree(response.getBody()).get("properties");
		assertThat(properties.get("beat").asString()).isEqualTo("1713");
		assertThat(properties.get("district").asString()).isEqualTo("17");
		assertThat(properties.get("neighbours").toString()).contains("\"1712\"", "\"1723\"").doesNotContain("\"1713\"");
		assertThat(properties.get("communityAreas").toString()).contains("\"ALBANY PARK\"");
	}

	@Test
	void acceptsABeatNumberWithoutItsLeadingZero() {
		ResponseEntity<String> response = get("/api/v1/geo/beats/825");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(JSON.readTree(response.getBody()).at("/properties/beat").asString()).isEqualTo("0825");
	}

	@Test
	void answersNotFoundForABeatTheCityDoesNotHave() {
		ResponseEntity<String> response = get("/api/v1/geo/beats/9999");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(JSON.readTree(response.getBody()).get("type").asString()).endsWith("/beat-not-found");
	}

	@ParameterizedTest
	@CsvSource({ "abc", "12345", "17", "17a3" })
	void rejectsAMalformedBeatNumber(String beat) {
		ResponseEntity<String> response = get("/api/v1/geo/beats/" + beat);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(JSON.readTree(response.getBody()).get("parameter").asString()).isEqualTo("beat");
	}

	private ResponseEntity<String> get(String path) {
		return this.http.getForEntity(path, String.class);
	}

}
