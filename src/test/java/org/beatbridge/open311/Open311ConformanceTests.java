package org.beatbridge.open311;

import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.beatbridge.concerns.ConcernId;
import org.beatbridge.concerns.ConcernStatus;
import org.beatbridge.concerns.Concerns;
import org.beatbridge.concerns.CrimeFixtures;
import org.beatbridge.concerns.ListVersions;
import org.beatbridge.crime.BlockLocations;
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
 * GeoReport v2 conformance: every endpoint in JSON and XML, every error in the
 * specification's format and status, JSON answers valid against the Open311 community's
 * schemas.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Open311ConformanceTests {

	// On W Fargo Ave in Rogers Park, beat 2424
	static final double LAT = 42.01605;

	static final double LONG = -87.67640;

	static final String V2 = "/open311/v2";

	private final JsonMapper json = JsonMapper.builder().build();

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
		CrimeFixtures.incident(this.jdbc, 9_100_001, "018XX W FARGO AVE", LAT, LONG);
		this.blocks.refresh();
	}

	@BeforeEach
	void issueAKey() {
		this.client = new Open311Client(this.port);
		this.key = this.keys.issue("Conformance tests", "Test suite", 10_000, "tests").apiKey();
	}

	@Test
	void discoveryNamesTheEndpointAndItsFormatsInJsonAndXml() {
		HttpResponse<String> json = this.client.get("/open311/discovery.json");
		assertThat(json.statusCode()).isEqualTo(200);
		assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
		JsonNode discovery = read(json);
		assertThat(discovery.path("endpoints").get(0).path("url").asString()).endsWith("/open311/v2");
		assertThat(discovery.path("endpoints").get(0).path("specification").asString())
			.isEqualTo("http://wiki.open311.org/GeoReport_v2");
		assertThat(discovery.path("key_service").asString()).isNotBlank();

		HttpResponse<String> xml = this.client.get("/open311/discovery.xml");
		assertThat(xml.statusCode()).isEqualTo(200);
		assertThat(xml.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/xml");
		Open311Xml document = Open311Xml.parse(xml.body());
		assertThat(document.root()).isEqualTo("discovery");
		assertThat(document.count("/discovery/endpoints/endpoint/formats/format")).isEqualTo(2);
		assertThat(document.text("/discovery/endpoints/endpoint/url")).endsWith("/open311/v2");
	}

	@Test
	void servicesListEveryCategoryInJsonAndXml() {
		int categories = this.concerns.categories(Locale.ENGLISH).size();
		HttpResponse<String> json = this.client.get(V2 + "/services.json");
		assertThat(json.statusCode()).isEqualTo(200);
		Open311Schemas.assertValid("services.json", json.body());
		assertThat(read(json).size()).isEqualTo(categories);
		assertThat(json.body()).contains("\"service_code\":\"drug-sales\"").contains("\"type\":\"realtime\"");

		Open311Xml xml = Open311Xml.parse(this.client.get(V2 + "/services.xml").body());
		assertThat(xml.root()).isEqualTo("services");
		assertThat(xml.count("/services/service")).isEqualTo(categories);
		assertThat(xml.text("/services/service[service_code='speeding']/metadata")).isEqualTo("true");
	}

	@Test
	void servicesAreNamedInSpanishForASpanishReader() {
		HttpResponse<String> spanish = this.client.get(V2 + "/services.json?lang=es");
		assertThat(spanish.body()).contains("Venta de drogas");
	}

	@Test
	void aServiceDefinitionListsTheCategorysQuestionsInJsonAndXml() {
		HttpResponse<String> json = this.client.get(V2 + "/services/speeding.json");
		assertThat(json.statusCode()).isEqualTo(200);
		Open311Schemas.assertValid("service-definition.json", json.body());
		JsonNode definition = read(json);
		assertThat(definition.path("service_code").asString()).isEqualTo("speeding");
		assertThat(definition.path("attributes").get(1).path("code").asString()).isEqualTo("time-of-day");
		assertThat(definition.path("attributes").get(1).path("datatype").asString()).isEqualTo("singlevaluelist");
		assertThat(definition.path("attributes").get(1).path("values").get(0).path("key").asString())
			.isEqualTo("morning");

		Open311Xml xml = Open311Xml.parse(this.client.get(V2 + "/services/speeding.xml").body());
		assertThat(xml.root()).isEqualTo("service_definition");
		assertThat(xml.text("/service_definition/attributes/attribute[code='time-of-day']/values/value[1]/key"))
			.isEqualTo("morning");
	}

	@Test
	void anUnknownServiceIsA404InTheSpecificationsErrorFormat() {
		HttpResponse<String> json = this.client.get(V2 + "/services/parking.json");
		assertJsonError(json, 404, "service_code");
		HttpResponse<String> xml = this.client.get(V2 + "/services/parking.xml");
		assertXmlError(xml, 404, "service_code");
	}

	@Test
	void reportsAConcernThatIsTheSameAsOneFromTheWeb() {
		HttpResponse<String> created = report("json", "service_code", "noise", "lat", Double.toString(LAT), "long",
				Double.toString(LONG), "description", "Loud music every night until 3am.");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
		JsonNode request = read(created).get(0);
		String id = request.path("service_request_id").asString();
		assertThat(id).matches("\\d+");
		assertThat(request.path("token").asString()).hasSize(43);
		assertThat(request.path("service_notice").asString()).contains("beat 2424");
		assertThat(created.headers().firstValue("Set-Cookie")).as("stateless").isEmpty();

		var concern = this.concerns.find(ConcernId.parse(id).orElseThrow()).orElseThrow();
		assertThat(concern.beat()).isEqualTo("2424");
		assertThat(concern.status()).isEqualTo(ConcernStatus.OPEN);
		assertThat(concern.description()).isEqualTo("Loud music every night until 3am.");
		assertThat(this.concerns.findByTrackingToken(request.path("token").asString())).isPresent();
	}

	@Test
	void reportsInXml() {
		HttpResponse<String> created = report("xml", "service_code", "vandalism", "address_string", "1800 W Fargo Ave",
				"description", "Someone keeps breaking the bus shelter glass.");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
		Open311Xml xml = Open311Xml.parse(created.body());
		assertThat(xml.root()).isEqualTo("service_requests");
		assertThat(xml.text("/service_requests/request/service_request_id")).matches("\\d+");
		assertThat(xml.text("/service_requests/request/token")).hasSize(43);
	}

	@Test
	void readsARequestInJsonAndXmlWithBlockLevelPlaceAndChicagoTime() {
		String id = reportedId("graffiti", "Gang tags on the garage doors of the alley.");
		HttpResponse<String> json = this.client.get(V2 + "/requests/" + id + ".json");
		assertThat(json.statusCode()).isEqualTo(200);
		Open311Schemas.assertValid("requests.json", json.body());
		JsonNode request = read(json).get(0);
		assertThat(request.path("service_request_id").asString()).isEqualTo(id);
		assertThat(request.path("status").asString()).isEqualTo("open");
		assertThat(request.path("service_code").asString()).isEqualTo("graffiti");
		assertThat(request.path("address").asString()).isEqualTo("018XX W FARGO AVE, CHICAGO, IL");
		assertThat(request.path("lat").asDouble()).isNotEqualTo(LAT);
		String requested = request.path("requested_datetime").asString();
		assertThat(requested).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d-0[56]:00");
		assertThat(OffsetDateTime.parse(requested).getOffset())
			.isEqualTo(ZoneId.of("America/Chicago").getRules().getOffset(OffsetDateTime.parse(requested).toInstant()));
		assertThat(request.has("extended_attributes")).isFalse();

		Open311Xml xml = Open311Xml.parse(this.client.get(V2 + "/requests/" + id + ".xml").body());
		assertThat(xml.root()).isEqualTo("service_requests");
		assertThat(xml.text("/service_requests/request/service_request_id")).isEqualTo(id);
		assertThat(xml.text("/service_requests/request/status")).isEqualTo("open");
		assertThat(xml.text("/service_requests/request/requested_datetime")).isEqualTo(requested);
		assertThat(this.client.get(V2 + "/request/" + id + ".json").body()).isEqualTo(json.body());
	}

	@Test
	void neverShowsTheReportersDetails() {
		HttpResponse<String> created = report("json", "service_code", "noise", "lat", Double.toString(LAT), "long",
				Double.toString(LONG), "description", "Car stereo at full volume at night.", "email",
				"maria.lopez@example.com", "first_name", "Maria", "last_name", "Lopez", "phone", "312-555-0142",
				"device_id", "device-7f3a");
		String id = read(created).get(0).path("service_request_id").asString();
		for (String path : new String[] { "/requests/" + id + ".json", "/requests/" + id + ".xml",
				"/requests.json?extensions=true&service_request_id=" + id }) {
			String body = this.client.get(V2 + path).body();
			assertThat(body).contains(id)
				.doesNotContain("maria.lopez")
				.doesNotContain("Lopez")
				.doesNotContain("555-0142")
				.doesNotContain("device-7f3a");
		}
	}

	@Test
	void extensionsAddTheBeatAndDistrict() {
		String id = reportedId("drug-sales", "Sales from a parked car every evening.");
		HttpResponse<String> json = this.client.get(V2 + "/requests/" + id + ".json?extensions=true");
		Open311Schemas.assertValid("requests.json", json.body());
		JsonNode extended = read(json).get(0).path("extended_attributes");
		assertThat(extended.path("beat").asString()).isEqualTo("2424");
		assertThat(extended.path("district").asString()).isEqualTo("24");
		Open311Xml xml = Open311Xml.parse(this.client.get(V2 + "/requests/" + id + ".xml?extensions=true").body());
		assertThat(xml.text("/service_requests/request/extended_attributes/beat")).isEqualTo("2424");
	}

	@Test
	void theServiceNoticeOffersSimilarOpenConcernsNearby() {
		String first = reportedId("abandoned-building", "Boarded house with the back door open.");
		HttpResponse<String> second = report("json", "service_code", "abandoned-building", "lat",
				Double.toString(LAT + 0.0003), "long", Double.toString(LONG), "description",
				"Empty house, people going in at night.");
		assertThat(read(second).get(0).path("service_notice").asString()).contains("Similar open concerns nearby")
			.contains(first);
	}

	@Test
	void answersAListQuestionWithAnAttribute() {
		HttpResponse<String> created = report("json", "service_code", "speeding", "lat", Double.toString(LAT), "long",
				Double.toString(LONG), "description", "Cars race down the street after school.",
				"attribute[time-of-day]", "afternoon", "attribute[vehicle-description]", "Black sedan");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
		String id = read(created).get(0).path("service_request_id").asString();
		assertThat(this.concerns.find(ConcernId.parse(id).orElseThrow()).orElseThrow().attributes())
			.containsEntry("time-of-day", "afternoon");

		HttpResponse<String> wrong = report("json", "service_code", "speeding", "lat", Double.toString(LAT), "long",
				Double.toString(LONG), "description", "Cars race down the street after school.",
				"attribute[time-of-day]", "midnight-ish");
		assertJsonError(wrong, 400, "attribute[time-of-day]");
	}

	@Test
	void listsRequestsByTheSpecificationsFiltersInJsonAndXml() {
		String noise = reportedId("noise", "Fireworks in the park every weekend.");
		String graffiti = reportedId("graffiti", "Tags on the viaduct over the street.");
		ListVersions.awaitHeard(this.jdbc, this.concerns);

		HttpResponse<String> all = this.client.get(V2 + "/requests.json");
		assertThat(all.statusCode()).isEqualTo(200);
		Open311Schemas.assertValid("requests.json", all.body());
		assertThat(all.body()).contains("\"" + noise + "\"").contains("\"" + graffiti + "\"");

		String onlyGraffiti = this.client.get(V2 + "/requests.json?service_code=graffiti").body();
		Open311Schemas.assertValid("requests.json", onlyGraffiti);
		assertThat(onlyGraffiti).contains("\"" + graffiti + "\"").doesNotContain("\"" + noise + "\"");

		String closed = this.client.get(V2 + "/requests.json?status=closed&service_code=noise").body();
		assertThat(closed).doesNotContain("\"" + noise + "\"");
		String open = this.client.get(V2 + "/requests.json?status=open&service_code=noise").body();
		assertThat(open).contains("\"" + noise + "\"");

		String byIds = this.client
			.get(V2 + "/requests.json?service_request_id=" + noise + "," + graffiti + "&service_code=burglary")
			.body();
		assertThat(read(byIds).size()).as("other filters are ignored with ids").isEqualTo(2);

		String past = this.client
			.get(V2 + "/requests.json?start_date=2020-01-01T00:00:00-06:00&end_date=2020-02-01T00:00:00-06:00")
			.body();
		assertThat(past).isEqualTo("[]");

		String today = DateTimeFormatter.ISO_LOCAL_DATE.format(OffsetDateTime.now(ZoneId.of("America/Chicago")));
		String sinceToday = this.client.get(V2 + "/requests.json?start_date=" + today).body();
		assertThat(sinceToday).contains("\"" + noise + "\"");

		String beat = this.client.get(V2 + "/requests.json?beat=2424&service_code=noise&extensions=true").body();
		Open311Schemas.assertValid("requests.json", beat);
		assertThat(beat).contains("\"" + noise + "\"").contains("\"beat\":\"2424\"");
		assertThat(this.client.get(V2 + "/requests.json?beat=0111&service_code=noise").body())
			.doesNotContain("\"" + noise + "\"");

		JsonNode newest = read(this.client.get(V2 + "/requests.json?page_size=1").body());
		assertThat(newest.size()).isEqualTo(1);
		assertThat(newest.get(0).path("service_request_id").asString()).isEqualTo(graffiti);

		Open311Xml xml = Open311Xml
			.parse(this.client.get(V2 + "/requests.xml?service_request_id=" + noise + "," + graffiti).body());
		assertThat(xml.root()).isEqualTo("service_requests");
		assertThat(xml.count("/service_requests/request")).isEqualTo(2);
		assertThat(Open311Xml.parse(this.client.get(V2 + "/requests.xml?start_date=2020-01-01").body())
			.count("/service_requests/request")).isZero();
	}

	@Test
	void aClosedConcernIsClosed() {
		String id = reportedId("vandalism", "Car windows smashed along the block.");
		this.concerns.changeStatus(ConcernId.parse(id).orElseThrow(), ConcernStatus.RESOLVED,
				org.beatbridge.concerns.Actor.staff(7, org.beatbridge.identity.Role.OFFICER), "Arrest made.");
		ListVersions.awaitHeard(this.jdbc, this.concerns);
		JsonNode request = read(this.client.get(V2 + "/requests/" + id + ".json")).get(0);
		assertThat(request.path("status").asString()).isEqualTo("closed");
		assertThat(request.path("status_notes").asString()).isEqualTo("Arrest made.");
		assertThat(this.client.get(V2 + "/requests.json?status=closed&service_code=vandalism").body())
			.contains("\"" + id + "\"");
	}

	@Test
	void aTokenLeadsToItsRequest() {
		HttpResponse<String> created = report("json", "service_code", "noise", "lat", Double.toString(LAT), "long",
				Double.toString(LONG), "description", "Dogs barking all night in the yard.");
		JsonNode request = read(created).get(0);
		String token = request.path("token").asString();
		JsonNode found = read(this.client.get(V2 + "/tokens/" + token + ".json")).get(0);
		assertThat(found.path("service_request_id").asString())
			.isEqualTo(request.path("service_request_id").asString());
		assertThat(found.path("token").asString()).isEqualTo(token);
		Open311Xml xml = Open311Xml.parse(this.client.get(V2 + "/tokens/" + token + ".xml").body());
		assertThat(xml.text("/service_requests/request/service_request_id"))
			.isEqualTo(request.path("service_request_id").asString());

		assertJsonError(this.client.get(V2 + "/tokens/" + "A".repeat(43) + ".json"), 404, "token");
		assertXmlError(this.client.get(V2 + "/tokens/nope.xml"), 404, "token");
	}

	@Test
	void anUnknownRequestIsA404() {
		assertJsonError(this.client.get(V2 + "/requests/999999999.json"), 404, "999999999");
		assertXmlError(this.client.get(V2 + "/requests/999999999.xml"), 404, "999999999");
		assertJsonError(this.client.get(V2 + "/requests/abc.json"), 404, "abc");
	}

	@Test
	void reportingNeedsAValidApiKey() {
		HttpResponse<String> missing = this.client.post(V2 + "/requests.json", "service_code", "noise", "lat",
				Double.toString(LAT), "long", Double.toString(LONG), "description", "Loud parties every night.");
		assertJsonError(missing, 403, "api_key");
		HttpResponse<String> wrong = this.client.post(V2 + "/requests.xml", "api_key", "bb311_not-a-key",
				"service_code", "noise", "lat", Double.toString(LAT), "long", Double.toString(LONG), "description",
				"Loud parties every night.");
		assertXmlError(wrong, 403, "api_key");

		ApiKeyView revoked = this.keys.all().stream().filter((k) -> !k.revoked()).findFirst().orElseThrow();
		String revokedKey = this.keys.issue("To revoke", "Test suite", null, "tests").apiKey();
		this.keys.revoke(this.keys.verify(revokedKey).orElseThrow().id(), "tests");
		assertThat(revoked.revoked()).isFalse();
		HttpResponse<String> afterRevoke = this.client.post(V2 + "/requests.json", "api_key", revokedKey,
				"service_code", "noise", "lat", Double.toString(LAT), "long", Double.toString(LONG), "description",
				"Loud parties every night.");
		assertJsonError(afterRevoke, 403, "revoked");
	}

	@Test
	void missingOrInvalidParametersAre400NamingEachParameter() {
		assertJsonError(report("json", "lat", Double.toString(LAT), "long", Double.toString(LONG), "description",
				"Loud parties every night."), 400, "service_code");
		assertXmlError(report("xml", "service_code", "noise", "description", "Loud parties every night."), 400,
				"location");
		assertJsonError(report("json", "service_code", "noise", "lat", "north", "long", Double.toString(LONG),
				"description", "Loud parties every night."), 400, "lat");
		assertJsonError(report("json", "service_code", "noise", "lat", Double.toString(LAT), "description",
				"Loud parties every night."), 400, "lat and long");
		assertJsonError(report("json", "service_code", "noise", "lat", "40.7128", "long", "-74.0060", "description",
				"Loud parties every night."), 400, "not in Chicago");
		assertJsonError(report("json", "service_code", "noise", "lat", Double.toString(LAT), "long",
				Double.toString(LONG), "description", "x".repeat(4001)), 400, "description");
		assertJsonError(report("json", "service_code", "noise", "lat", Double.toString(LAT), "long",
				Double.toString(LONG), "description", "Loud parties.", "email", "not-an-address"), 400, "email");
		assertJsonError(report("json", "service_code", "noise", "lat", Double.toString(LAT), "long",
				Double.toString(LONG), "description", "Loud parties.", "media_url", "javascript:alert(1)"), 400,
				"media_url");
		assertJsonError(report("json", "service_code", "parking", "lat", Double.toString(LAT), "long",
				Double.toString(LONG), "description", "Loud parties every night."), 404, "service_code");
		assertXmlError(report("xml", "service_code", "parking", "lat", Double.toString(LAT), "long",
				Double.toString(LONG), "description", "Loud parties every night."), 404, "service_code");
	}

	@Test
	void keepsTheMediaUrlForStaffAndShowsItOnceStaffPublishedIt() {
		String url = "https://photos.example.org/p/8842.jpg?size=large&v=2";
		HttpResponse<String> created = report("json", "service_code", "graffiti", "lat", Double.toString(LAT), "long",
				Double.toString(LONG), "description", "Fresh tags on the viaduct wall.", "media_url", url);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
		String id = read(created).get(0).path("service_request_id").asString();
		assertThat(this.jdbc.sql("select url from concern_media_links where concern_id = ?")
			.param(Long.parseLong(id))
			.query(String.class)
			.single()).isEqualTo(url);

		HttpResponse<String> unpublished = this.client.get(V2 + "/requests/" + id + ".json");
		Open311Schemas.assertValid("requests.json", unpublished.body());
		assertThat(read(unpublished).get(0).path("media_url").isNull()).isTrue();
		assertThat(unpublished.body()).doesNotContain("photos.example.org");

		this.jdbc
			.sql("update concern_media_links set published_at = now(), published_by = null, published_role = 'OFFICER'"
					+ " where concern_id = ?")
			.param(Long.parseLong(id))
			.update();
		HttpResponse<String> one = this.client.get(V2 + "/requests/" + id + ".json");
		Open311Schemas.assertValid("requests.json", one.body());
		assertThat(read(one).get(0).path("media_url").asString()).isEqualTo(url);
		HttpResponse<String> list = this.client.get(V2 + "/requests.json?service_request_id=" + id);
		Open311Schemas.assertValid("requests.json", list.body());
		assertThat(read(list).get(0).path("media_url").asString()).isEqualTo(url);
		Open311Xml xml = Open311Xml.parse(this.client.get(V2 + "/requests/" + id + ".xml").body());
		assertThat(xml.text("/service_requests/request/media_url")).isEqualTo(url);
	}

	@Test
	void refusesAMediaUrlThatIsNotAnAbsoluteWebAddressAndSavesNothing() {
		long before = this.jdbc.sql("select count(*) from concerns").query(Long.class).single();
		for (String bad : new String[] { "javascript:alert(1)", "ftp://example.org/a.jpg", "/photos/1.jpg",
				"photos.example.org/1.jpg", "https://", "https://user:secret@example.org/a.jpg",
				"http://exa mple.org/a.jpg", "https://example.org/" + "a".repeat(2000) }) {
			assertJsonError(report("json", "service_code", "noise", "lat", Double.toString(LAT), "long",
					Double.toString(LONG), "description", "Loud parties every night.", "media_url", bad), 400,
					"media_url");
		}
		assertXmlError(
				report("xml", "service_code", "noise", "lat", Double.toString(LAT), "long", Double.toString(LONG),
						"description", "Loud parties every night.", "media_url", "file:///etc/passwd"),
				400, "media_url");
		assertThat(this.jdbc.sql("select count(*) from concerns").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void neverFetchesTheMediaUrl() throws Exception {
		AtomicInteger fetched = new AtomicInteger();
		HttpServer photos = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		photos.createContext("/", (exchange) -> {
			fetched.incrementAndGet();
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		photos.start();
		try {
			String url = "http://127.0.0.1:" + photos.getAddress().getPort() + "/internal/admin.jpg";
			HttpResponse<String> created = report("json", "service_code", "graffiti", "lat", Double.toString(LAT),
					"long", Double.toString(LONG), "description", "Tags on the school fence.", "media_url", url);
			assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
			String id = read(created).get(0).path("service_request_id").asString();
			this.client.get(V2 + "/requests/" + id + ".json");
			Thread.sleep(500);
			assertThat(fetched.get()).isZero();
		}
		finally {
			photos.stop(0);
		}
	}

	@Test
	void badFiltersAre400AndAnUnknownServiceCode404() {
		assertJsonError(this.client.get(V2 + "/requests.json?status=pending"), 400, "status");
		assertXmlError(this.client.get(V2 + "/requests.xml?start_date=yesterday"), 400, "start_date");
		assertJsonError(this.client.get(V2 + "/requests.json?start_date=2026-01-01&end_date=2026-06-01"), 400,
				"90 days");
		assertJsonError(this.client.get(V2 + "/requests.json?start_date=2026-06-01&end_date=2026-05-01"), 400,
				"end_date");
		assertJsonError(this.client.get(V2 + "/requests.json?service_request_id=12,x"), 400, "service_request_id");
		assertJsonError(this.client.get(V2 + "/requests.json?beat=north"), 400, "beat");
		assertJsonError(this.client.get(V2 + "/requests.json?page_size=0"), 400, "page_size");
		assertXmlError(this.client.get(V2 + "/requests.xml?page_size=5000"), 400, "page_size");
		assertJsonError(this.client.get(V2 + "/requests.json?service_code=parking"), 404, "service_code");
	}

	@Test
	void anotherJurisdictionIsA404() {
		assertJsonError(this.client.get(V2 + "/services.json?jurisdiction_id=nyc.gov"), 404, "jurisdiction_id");
		assertThat(this.client.get(V2 + "/services.json?jurisdiction_id=chicago.il.us").statusCode()).isEqualTo(200);
	}

	@Test
	void unknownPathsFormatsAndMethodsAnswerInTheSpecificationsFormat() {
		assertJsonError(this.client.get(V2 + "/nothing.json"), 404, "discovery");
		assertXmlError(this.client.get(V2 + "/nothing.xml"), 404, "discovery");
		assertJsonError(this.client.get(V2 + "/services.html"), 400, "json or xml");
		assertJsonError(this.client.method("DELETE", V2 + "/requests.json"), 405, "DELETE");
		assertXmlError(this.client.method("PUT", V2 + "/services.xml"), 405, "PUT");
	}

	@Test
	void aKeyOverItsLimitIs429AndAnInvalidReportDoesNotCount() {
		String limited = this.keys.issue("Limited", "Test suite", 1, "tests").apiKey();
		HttpResponse<String> invalid = this.client.post(V2 + "/requests.json", "api_key", limited, "service_code",
				"noise", "lat", Double.toString(LAT), "long", Double.toString(LONG), "description", "");
		assertThat(invalid.statusCode()).isEqualTo(400);
		HttpResponse<String> first = this.client.post(V2 + "/requests.json", "api_key", limited, "service_code",
				"noise", "lat", Double.toString(LAT), "long", Double.toString(LONG), "description",
				"Loud parties every night.");
		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		HttpResponse<String> second = this.client.post(V2 + "/requests.xml", "api_key", limited, "service_code",
				"noise", "lat", Double.toString(LAT), "long", Double.toString(LONG), "description",
				"Loud parties every night.");
		assertXmlError(second, 429, "limit of 1 per hour");
		assertThat(second.headers().firstValue("Retry-After").orElseThrow()).matches("\\d+");
	}

	private HttpResponse<String> report(String format, String... fields) {
		String[] withKey = new String[fields.length + 2];
		withKey[0] = "api_key";
		withKey[1] = this.key;
		System.arraycopy(fields, 0, withKey, 2, fields.length);
		return this.client.post(V2 + "/requests." + format, withKey);
	}

	private String reportedId(String serviceCode, String description) {
		HttpResponse<String> created = report("json", "service_code", serviceCode, "lat", Double.toString(LAT), "long",
				Double.toString(LONG), "description", description);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
		return read(created).get(0).path("service_request_id").asString();
	}

	private JsonNode read(HttpResponse<String> response) {
		return read(response.body());
	}

	private JsonNode read(String body) {
		return this.json.readTree(body);
	}

	private void assertJsonError(HttpResponse<String> response, int status, String mentioned) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
		JsonNode errors = read(response);
		assertThat(errors.isArray()).as(response.body()).isTrue();
		assertThat(errors.get(0).path("code").asInt()).isEqualTo(status);
		assertThat(errors.toString()).contains(mentioned);
	}

	private void assertXmlError(HttpResponse<String> response, int status, String mentioned) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/xml");
		Open311Xml xml = Open311Xml.parse(response.body());
		assertThat(xml.root()).isEqualTo("errors");
		assertThat(xml.text("/errors/error[1]/code")).isEqualTo(Integer.toString(status));
		assertThat(response.body()).contains(mentioned);
	}

}
