package org.beatbridge.open311;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.beatbridge.concerns.Actor;
import org.beatbridge.concerns.ConcernId;
import org.beatbridge.concerns.ConcernQuery;
import org.beatbridge.concerns.ConcernStatus;
import org.beatbridge.concerns.Concerns;
import org.beatbridge.concerns.CrimeFixtures;
import org.beatbridge.concerns.ListVersions;
import org.beatbridge.crime.BlockLocations;
import org.beatbridge.identity.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET requests} answers are kept per node while the concerns of their beats do not
 * change (decision 0761): every change a reader could see shows in the next answer once
 * the node has heard of it from the database (decision 0766: a moment after its commit),
 * and apps can poll with {@code If-None-Match}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Open311ListAnswersTests {

	static final String V2 = "/open311/v2";

	static final String BEAT_2424_LIST = V2 + "/requests.json?beat=2424&extensions=true";

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	ApiKeys keys;

	@Autowired
	Concerns concerns;

	@Autowired
	BlockLocations blocks;

	@Autowired
	JdbcClient jdbc;

	Open311Client client;

	String key;

	@BeforeAll
	void importAnIncidentOnTheBlockOf1800WFargo() {
		CrimeFixtures.incident(this.jdbc, 9_100_001, "018XX W FARGO AVE", Open311ConformanceTests.LAT,
				Open311ConformanceTests.LONG);
		this.blocks.refresh();
	}

	@BeforeEach
	void issueAKey() {
		this.client = new Open311Client(this.port);
		this.key = this.keys.issue("List answer tests", "Test suite", 10_000, "tests").apiKey();
	}

	@Test
	void aNewReportShowsInTheNextListOfItsBeatAndChangesTheTag() {
		HttpResponse<String> before = this.client.get(BEAT_2424_LIST);
		assertThat(before.statusCode()).isEqualTo(200);
		String tag = before.headers().firstValue("ETag").orElseThrow();
		assertThat(this.client.get(BEAT_2424_LIST).headers().firstValue("ETag")).contains(tag);

		String id = report("Broken glass all over the sidewalk");

		HttpResponse<String> after = this.client.get(BEAT_2424_LIST);
		assertThat(ids(after)).contains(id);
		assertThat(ids(before)).doesNotContain(id);
		assertThat(after.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(tag);
	}

	@Test
	void anAppPollingWithItsTagGetsNotModifiedUntilSomethingChanges() {
		report("Cars racing down the block at night");
		HttpResponse<String> first = this.client.get(BEAT_2424_LIST);
		String tag = first.headers().firstValue("ETag").orElseThrow();

		HttpResponse<String> unchanged = send(HttpRequest.newBuilder(uri(BEAT_2424_LIST)).header("If-None-Match", tag));
		assertThat(unchanged.statusCode()).isEqualTo(304);
		assertThat(unchanged.body()).isEmpty();

		report("Music until 3 am again");
		HttpResponse<String> changed = send(HttpRequest.newBuilder(uri(BEAT_2424_LIST)).header("If-None-Match", tag));
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.headers().firstValue("Cache-Control").orElseThrow()).contains("no-cache");
	}

	@Test
	void aStatusChangeWithAPublicUpdateShowsInTheNextList() {
		String id = report("A dark alley since the light went out");
		assertThat(request(this.client.get(BEAT_2424_LIST), id).path("status_notes").isNull()).isTrue();

		this.concerns.changeStatus(ConcernId.parse(id).orElseThrow(), ConcernStatus.ACKNOWLEDGED,
				Actor.staff(1, Role.OFFICER), "The beat team will look at it this week.");
		ListVersions.awaitHeard(this.jdbc, this.concerns);

		JsonNode listed = request(this.client.get(BEAT_2424_LIST), id);
		assertThat(listed.path("status_notes").asString()).isEqualTo("The beat team will look at it this week.");
	}

	@Test
	void aMeTooShowsInTheSupportCountOfTheNextList() {
		String id = report("Someone sells drugs from the corner store steps");
		int before = request(this.client.get(BEAT_2424_LIST), id).path("extended_attributes")
			.path("support_count")
			.asInt();

		this.concerns.meToo(ConcernId.parse(id).orElseThrow(), "account:987654", null);
		ListVersions.awaitHeard(this.jdbc, this.concerns);

		int after = request(this.client.get(BEAT_2424_LIST), id).path("extended_attributes")
			.path("support_count")
			.asInt();
		assertThat(after).isEqualTo(before + 1);
	}

	@Test
	void aReportInAnotherBeatLeavesTheVersionOfThisBeatsListsAlone() {
		report("Graffiti on the viaduct");
		ConcernQuery beat2424 = ConcernQuery.beat("2424", 1000);
		ConcernQuery beat1134 = ConcernQuery.beat("1134", 1000);
		long version2424 = this.concerns.listVersion(beat2424);
		long version1134 = this.concerns.listVersion(beat1134);

		// 3900 W Madison St, beat 1134
		this.jdbc.sql("""
				insert into concerns (category, status, description, public_description, latitude, longitude,
					block_latitude, block_longitude, beat, district, source, locale, anonymous, tracking_token_hash,
					requested_at, updated_at)
				values ('noise', 'OPEN', 'x', 'x', 41.8809, -87.7238, 41.881, -87.724, '1134', '11', 'WEB', 'en',
					true, decode(md5(random()::text), 'hex'), now(), now())""").update();
		ListVersions.awaitHeard(this.jdbc, this.concerns);

		assertThat(this.concerns.listVersion(beat2424)).isEqualTo(version2424);
		assertThat(this.concerns.listVersion(beat1134)).isGreaterThan(version1134);
		assertThat(this.concerns.listVersion(new ConcernQuery(List.of(), "11", null, null, null, null, 10)))
			.isGreaterThan(0);
	}

	@Test
	void anAppThatAcceptsGzipGetsTheSameListCompressed() throws IOException {
		report("Trash dumped in the alley");
		HttpResponse<String> plain = this.client.get(BEAT_2424_LIST);
		HttpResponse<byte[]> zipped = sendBytes(
				HttpRequest.newBuilder(uri(BEAT_2424_LIST)).header("Accept-Encoding", "gzip, deflate"));
		assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain.body());
		}
		assertThat(zipped.body().length).isLessThan(plain.body().getBytes(StandardCharsets.UTF_8).length);
	}

	@Test
	void theXmlListIsKeptApartFromTheJsonList() {
		report("Abandoned car with broken windows");
		HttpResponse<String> xml = this.client.get(V2 + "/requests.xml?beat=2424&extensions=true");
		assertThat(xml.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/xml");
		assertThat(Open311Xml.parse(xml.body()).root()).isEqualTo("service_requests");
		assertThat(this.client.get(BEAT_2424_LIST).body()).startsWith("[");
	}

	private String report(String description) {
		HttpResponse<String> created = this.client.post(V2 + "/requests.json", "api_key", this.key, "service_code",
				"noise", "lat", Double.toString(Open311ConformanceTests.LAT), "long",
				Double.toString(Open311ConformanceTests.LONG), "description", description);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
		// the lists show it once this node has heard of it
		ListVersions.awaitHeard(this.jdbc, this.concerns);
		return this.json.readTree(created.body()).get(0).path("service_request_id").asString();
	}

	private List<String> ids(HttpResponse<String> list) {
		assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
		JsonNode requests = this.json.readTree(list.body());
		return requests.valueStream().map((request) -> request.path("service_request_id").asString()).toList();
	}

	private JsonNode request(HttpResponse<String> list, String id) {
		assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
		return this.json.readTree(list.body())
			.valueStream()
			.filter((request) -> request.path("service_request_id").asString().equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError(id + " is not listed"));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private HttpResponse<byte[]> sendBytes(HttpRequest.Builder request) {
		try {
			return this.http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
