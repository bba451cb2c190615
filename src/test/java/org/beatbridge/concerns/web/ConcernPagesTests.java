package org.beatbridge.concerns.web;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.GpsDirectory;
import org.beatbridge.concerns.ConcernId;
import org.beatbridge.concerns.ConcernView;
import org.beatbridge.concerns.Concerns;
import org.beatbridge.concerns.CrimeFixtures;
import org.beatbridge.concerns.NewConcern;
import org.beatbridge.concerns.TestPhotos;
import org.beatbridge.crime.BlockLocations;
import org.beatbridge.identity.Accounts;
import org.beatbridge.identity.NewAccount;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcernPagesTests {

	static final String LATITUDE = "42.01605";

	static final String LONGITUDE = "-87.6764";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Concerns concerns;

	@Autowired
	BlockLocations blocks;

	@Autowired
	Accounts accounts;

	@BeforeAll
	void plantTheBlockOf1800WFargo() {
		CrimeFixtures.incident(this.jdbc, 9_100_001, "018XX W FARGO AVE", 42.01605, -87.6764);
		this.blocks.refresh();
	}

	private FormClient client(String address) {
		return new FormClient(this.port, address);
	}

	private static Map<String, String> valid(String category, String description) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("category", category);
		fields.put("description", description);
		fields.put("latitude", LATITUDE);
		fields.put("longitude", LONGITUDE);
		fields.put("anonymous", "true");
		return fields;
	}

	@Test
	void showsTheFormInSpanish() {
		HttpResponse<String> page = client("10.1.0.1").get("/concerns/new?lang=es");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Reportar un asunto")
			.contains("Reportar de forma anónima")
			.contains("Venta de drogas")
			.doesNotContain("<script>")
			.doesNotContain("style=");
	}

	@Test
	void reportsAnonymouslyAndLeadsToTheTrackingPage() {
		FormClient client = client("10.1.0.2");
		HttpResponse<String> response = client.report(valid("noise", "Parties with loud music until 4am on weekends."),
				null, null, null);
		assertThat(response.statusCode()).isEqualTo(302);
		String location = response.headers().firstValue("Location").orElseThrow();
		assertThat(location).contains("/concerns/track/").endsWith("?reported");
		String path = location.substring(location.indexOf("/concerns/track/"));
		HttpResponse<String> tracking = client.get(path);
		assertThat(tracking.statusCode()).isEqualTo(200);
		assertThat(tracking.headers().firstValue("Cache-Control")).contains("no-store");
		assertThat(tracking.body()).contains("Your concern was reported")
			.contains("018XX W FARGO AVE")
			.contains("Parties with loud music")
			.contains("Reported");
	}

	@Test
	void keepsNoAddressAndNoAccountOfAnAnonymousReporter() {
		FormClient client = client("203.0.113.77");
		HttpResponse<String> response = client
			.report(valid("drug-sales", "Hand-to-hand sales at the corner every evening."), null, null, null);
		assertThat(response.statusCode()).isEqualTo(302);
		String everything = this.jdbc.sql("""
				select coalesce(string_agg(t::text, ' '), '') from (
					select c::text as t from concerns c
					union all select r::text from concern_reporters r
					union all select tr::text from concern_transitions tr
					union all select b.id from concern_submission_buckets b
					union all select e.serialized_event from event_publication e) rows""").query(String.class).single();
		assertThat(everything).doesNotContain("203.0.113.77").doesNotContain("203.0.113");
		long linked = this.jdbc.sql("""
				select count(*) from concern_reporters r join concerns c on c.id = r.concern_id
				where c.description like 'Hand-to-hand sales%'""").query(Long.class).single();
		assertThat(linked).isZero();
	}

	@Test
	void showsEveryMessageBesideItsFieldAndSavesNothing() {
		long before = count();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("category", "nonsense");
		fields.put("description", "short");
		fields.put("latitude", "north");
		fields.put("longitude", LONGITUDE);
		fields.put("anonymous", "false");
		fields.put("contactEmail", "not an email");
		HttpResponse<String> response = client("10.1.0.3").report(fields, "photo.gif", "image/jpeg",
				TestPhotos.gif(4, 4));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("id=\"category-error\"")
			.contains("Choose one of the listed kinds of concern.")
			.contains("id=\"description-error\"")
			.contains("at least 10 characters")
			.contains("id=\"latitude-error\"")
			.contains("id=\"photo-error\"")
			.contains("The photo must be a JPEG or PNG picture.")
			.contains("id=\"contactEmail-error\"")
			.contains("value=\"not an email\"")
			.contains("Nothing was saved yet");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void neverRendersHtmlFromADescription() {
		FormClient client = client("10.1.0.4");
		HttpResponse<String> response = client
			.report(valid("vandalism", "<script>alert('x')</script> broke the bus shelter glass"), null, null, null);
		String location = response.headers().firstValue("Location").orElseThrow();
		String body = client.get(location.substring(location.indexOf("/concerns/track/"))).body();
		assertThat(body).doesNotContain("<script>alert").contains("&lt;script&gt;alert(");
	}

	@Test
	void storesAPhotoWithoutItsGpsPosition() throws Exception {
		FormClient client = client("10.1.0.5");
		HttpResponse<String> response = client.report(
				valid("abandoned-building", "Open basement door on the vacant building."), "IMG_0001.JPG", "image/jpeg",
				TestPhotos.jpegWithGps(200, 150, 1));
		assertThat(response.statusCode()).isEqualTo(302);
		String location = response.headers().firstValue("Location").orElseThrow();
		String path = location.substring(location.indexOf("/concerns/track/")).replace("?reported", "");
		HttpResponse<byte[]> photo = client.getBytes(path + "/photo");
		assertThat(photo.statusCode()).isEqualTo(200);
		assertThat(photo.headers().firstValue("Content-Type")).contains("image/jpeg");
		var metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(photo.body()));
		assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
		byte[] stored = this.jdbc.sql("select bytes from concern_photos order by concern_id desc limit 1")
			.query(byte[].class)
			.single();
		assertThat(ImageMetadataReader.readMetadata(new ByteArrayInputStream(stored))
			.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
	}

	@Test
	void answersTooManyReportsFromOneClientWith429AndAMessage() {
		FormClient client = client("198.51.100.9");
		for (int i = 0; i < 10; i++) {
			assertThat(client
				.report(valid("graffiti", "Fresh tags on the viaduct wall, number " + i + "."), null, null, null)
				.statusCode()).isEqualTo(302);
		}
		long before = count();
		HttpResponse<String> refused = client.report(valid("graffiti", "Fresh tags on the viaduct wall again."), null,
				null, null);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(refused.body()).contains("Too many concerns were reported from here");
		assertThat(count()).isEqualTo(before);
		assertThat(client("198.51.100.10")
			.report(valid("graffiti", "Tags on the garage doors in the alley."), null, null, null)
			.statusCode()).isEqualTo(302);
	}

	@Test
	void doesNotCountRefusedReportsAgainstTheLimit() {
		FormClient client = client("198.51.100.20");
		for (int i = 0; i < 12; i++) {
			assertThat(client.report(valid("graffiti", "short"), null, null, null).statusCode()).isEqualTo(400);
		}
		assertThat(
				client.report(valid("graffiti", "Tags on every garage in the alley."), null, null, null).statusCode())
			.isEqualTo(302);
	}

	@Test
	void offersSimilarOpenConcernsAndCountsMeTooOnce() {
		ConcernId existing = this.concerns
			.report(NewConcern.anonymousAt("street-light-out", "The alley light behind 1800 W Fargo is out.", 42.01605,
					-87.6764))
			.id();
		FormClient client = client("10.1.0.6");
		HttpResponse<String> similar = client
			.get("/concerns/similar?category=street-light-out&address=1810+W+Fargo+Ave&latitude=&longitude=");
		assertThat(similar.statusCode()).isEqualTo(200);
		assertThat(similar.body()).contains("Already reported nearby")
			.contains("/concerns/" + existing + "/me-too")
			.contains("The alley light behind");
		HttpResponse<String> page = client.get("/concerns/" + existing);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("name=\"_csrf\"");
		HttpResponse<String> first = client.post("/concerns/" + existing + "/me-too", "HX-Request", "true");
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.body()).contains("first neighbour");
		HttpResponse<String> again = client.post("/concerns/" + existing + "/me-too", "HX-Request", "true");
		assertThat(again.body()).contains("You already said").contains("One neighbour shares this concern");
		assertThat(this.concerns.find(existing).map(ConcernView::supportCount)).contains(1);
		HttpResponse<String> plain = client("10.1.0.7").post("/concerns/" + existing + "/me-too");
		assertThat(plain.statusCode()).isEqualTo(403);
	}

	@Test
	void answersNothingSimilarForAnIncompleteForm() {
		HttpResponse<String> similar = client("10.1.0.8").get("/concerns/similar?category=noise&latitude=abc");
		assertThat(similar.statusCode()).isEqualTo(200);
		assertThat(similar.body()).doesNotContain("Already reported nearby");
	}

	@Test
	void listsABeatsConcernsByBlockWithoutTheReporter() {
		FormClient client = client("10.1.0.9");
		Map<String, String> named = valid("loitering", "Group blocking the bus stop every night.");
		named.put("anonymous", "false");
		named.put("contactName", "Maria Gonzalez");
		named.put("contactEmail", "maria@example.com");
		assertThat(client.report(named, null, null, null).statusCode()).isEqualTo(302);
		HttpResponse<String> page = client.get("/beats/2424/concerns");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Concerns in beat 2424")
			.contains("018XX W FARGO AVE")
			.contains("Group blocking the bus stop")
			.doesNotContain("Maria")
			.doesNotContain("maria@example.com")
			.doesNotContain(LATITUDE);
		HttpResponse<String> fragment = client.get("/beats/2424/concerns/latest");
		assertThat(fragment.statusCode()).isEqualTo(200);
		assertThat(fragment.body()).contains("/beats/2424/concerns");
		assertThat(client.get("/beats/2424").body()).contains("/beats/2424/concerns/latest");
	}

	@Test
	void answersUnknownThingsWith404NotAnError() {
		FormClient client = client("10.1.0.10");
		assertThat(client.get("/concerns/track/not-a-token").statusCode()).isEqualTo(404);
		assertThat(client.get("/concerns/track/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").statusCode())
			.isEqualTo(404);
		assertThat(client.get("/concerns/99999999").statusCode()).isEqualTo(404);
		assertThat(client.get("/concerns/abc").statusCode()).isEqualTo(404);
		assertThat(client.get("/beats/9999/concerns").statusCode()).isEqualTo(404);
		assertThat(client.get("/beats/2424/concerns?before=yesterday&status=x&category=%3Cb%3E").statusCode())
			.isEqualTo(200);
		client.get("/concerns/new");
		assertThat(client.post("/concerns/99999999/me-too").statusCode()).isEqualTo(404);
	}

	@Test
	void asksResidentsToSignInForTheirOwnConcerns() {
		HttpResponse<String> response = client("10.1.0.11").get("/concerns/mine");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

	@Test
	void linksASignedInResidentsConcernToTheAccountAndShowsThemTheirPhoto() {
		this.accounts.create(NewAccount.resident("lena.mine@example.com", "Lena", "marigold-lantern-canyon-77"));
		FormClient lena = client("10.1.0.12");
		lena.get("/login");
		assertThat(lena.submit("/login", "username", "lena.mine@example.com", "password", "marigold-lantern-canyon-77")
			.statusCode()).isEqualTo(302);
		HttpResponse<String> form = lena.get("/concerns/new");
		assertThat(form.body()).contains("Link it to my account")
			.contains("id=\"anonymous-no\" name=\"anonymous\" value=\"false\" checked");
		Map<String, String> fields = valid("trespassing", "Someone keeps climbing into the school yard at night.");
		fields.put("anonymous", "false");
		HttpResponse<String> reported = lena.report(fields, "yard.png", "image/png", TestPhotos.png(40, 30));
		assertThat(reported.statusCode()).isEqualTo(302);
		HttpResponse<String> mine = lena.get("/concerns/mine");
		assertThat(mine.statusCode()).isEqualTo(200);
		assertThat(mine.body()).contains("Someone keeps climbing into the school yard");
		long id = this.jdbc.sql("select id from concerns where description like 'Someone keeps climbing%'")
			.query(Long.class)
			.single();
		assertThat(lena.get("/concerns/" + id).body()).contains("/concerns/" + id + "/photo");
		assertThat(lena.getBytes("/concerns/" + id + "/photo").statusCode()).isEqualTo(200);
		FormClient stranger = client("10.1.0.13");
		assertThat(stranger.get("/concerns/" + id).body()).doesNotContain("/concerns/" + id + "/photo");
		assertThat(stranger.getBytes("/concerns/" + id + "/photo").statusCode()).isEqualTo(404);
	}

	private long count() {
		return this.jdbc.sql("select count(*) from concerns").query(Long.class).single();
	}

}
