package org.beatbridge.open311;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.beatbridge.identity.Accounts;
import org.beatbridge.identity.Browser;
import org.beatbridge.identity.NewAccount;
import org.beatbridge.identity.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administrators issue and revoke Open311 keys through the API and the admin page; only
 * the key's hash is stored, and nobody else may issue one.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class ApiKeyAdministrationTests {

	private static final String PASSWORD = "lantern orbit tamale gravel";

	private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");

	private static final Pattern API_KEY = Pattern.compile("\"apiKey\":\"(bb311_[A-Za-z0-9_-]{43})\"");

	private static final Pattern SHOWN_KEY = Pattern.compile("value=\"(bb311_[A-Za-z0-9_-]{43})\"");

	private static final AtomicInteger sequence = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiKeys keys;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdministratorIssuesAKeyThroughTheApiThatWorksUntilRevoked() {
		Browser api = new Browser(this.port);
		String bearer = bearer(api, Role.ADMIN);
		HttpResponse<String> issued = api.json("POST", "/api/v1/admin/open311-keys",
				"{\"name\":\"Chicago 311 app\",\"owner\":\"City of Chicago\",\"submissionsPerHour\":5000}", bearer);
		assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
		Matcher matcher = API_KEY.matcher(issued.body());
		assertThat(matcher.find()).as(issued.body()).isTrue();
		String key = matcher.group(1);
		assertThat(this.keys.verify(key)).hasValueSatisfying((view) -> {
			assertThat(view.name()).isEqualTo("Chicago 311 app");
			assertThat(view.submissionsPerHour()).isEqualTo(5000);
		});
		assertThat(this.jdbc
			.sql("select count(*) from open311_api_keys where key_prefix = ? and key_hash = sha256(?::bytea)")
			.params(key.substring(0, 10), key)
			.query(Long.class)
			.single()).as("stored as its SHA-256").isEqualTo(1);
		assertThat(api.json("GET", "/api/v1/admin/open311-keys", null, bearer).body()).contains("Chicago 311 app")
			.doesNotContain(key);

		long id = this.keys.verify(key).orElseThrow().id();
		assertThat(api.json("DELETE", "/api/v1/admin/open311-keys/" + id, null, bearer).statusCode()).isEqualTo(204);
		assertThat(this.keys.verify(key)).isEmpty();
		assertThat(api.json("DELETE", "/api/v1/admin/open311-keys/999999", null, bearer).statusCode()).isEqualTo(404);
	}

	@Test
	void aKeyCanBeIssuedWithoutABody() {
		Browser api = new Browser(this.port);
		HttpResponse<String> issued = api.json("POST", "/api/v1/admin/open311-keys", null, bearer(api, Role.ADMIN));
		assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
		assertThat(issued.body()).containsPattern(API_KEY);
	}

	@Test
	void aBadLimitIsAProblemNamingIt() {
		Browser api = new Browser(this.port);
		HttpResponse<String> refused = api.json("POST", "/api/v1/admin/open311-keys",
				"{\"name\":\"App\",\"owner\":\"Someone\",\"submissionsPerHour\":0}", bearer(api, Role.ADMIN));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("submissionsPerHour");
	}

	@Test
	void onlyAnAdministratorMayIssueKeys() {
		Browser api = new Browser(this.port);
		assertThat(api.json("POST", "/api/v1/admin/open311-keys", null, bearer(api, Role.COORDINATOR)).statusCode())
			.isEqualTo(403);
		assertThat(api.json("POST", "/api/v1/admin/open311-keys", null, null).statusCode()).isEqualTo(401);
		Browser officer = signedIn(Role.OFFICER);
		assertThat(officer.get("/admin/open311-keys").statusCode()).isEqualTo(403);
	}

	@Test
	void anAdministratorIssuesAKeyOnThePageSeesItOnceAndRevokesIt() {
		Browser admin = signedIn(Role.ADMIN);
		HttpResponse<String> page = admin.get("/admin/open311-keys");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Open311 API keys");

		HttpResponse<String> issued = admin.submit("/admin/open311-keys", "name", "Neighbourhood app", "owner",
				"Rogers Park Alliance", "submissionsPerHour", "");
		assertThat(issued.statusCode()).isEqualTo(200);
		Matcher matcher = SHOWN_KEY.matcher(issued.body());
		assertThat(matcher.find()).as("the key is shown once").isTrue();
		String key = matcher.group(1);
		assertThat(this.keys.verify(key)).isPresent();
		assertThat(admin.get("/admin/open311-keys").body()).contains("Neighbourhood app").doesNotContain(key);

		HttpResponse<String> invalid = admin.submit("/admin/open311-keys", "name", "", "owner", "Nobody");
		assertThat(invalid.body()).contains("The key was not issued").contains("aria-invalid=\"true\"");

		long id = this.keys.verify(key).orElseThrow().id();
		admin.get("/admin/open311-keys");
		HttpResponse<String> revoked = admin.submit("/admin/open311-keys/" + id + "/revoke");
		assertThat(revoked.statusCode()).isEqualTo(302);
		assertThat(this.keys.verify(key)).isEmpty();
		assertThat(admin.get("/admin/open311-keys").body()).contains("Revoked");
	}

	@Test
	void theAdminPageIsInSpanish() {
		Browser admin = signedIn(Role.ADMIN);
		assertThat(admin.get("/admin/open311-keys?lang=es").body()).contains("Claves de la API Open311");
	}

	private String bearer(Browser api, Role role) {
		String username = account(role);
		HttpResponse<String> token = api.json("POST", "/api/v1/auth/token",
				"{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}", null);
		Matcher matcher = TOKEN.matcher(token.body());
		assertThat(matcher.find()).as(token.body()).isTrue();
		return matcher.group(1);
	}

	private Browser signedIn(Role role) {
		String username = account(role);
		Browser browser = new Browser(this.port);
		browser.get("/login");
		HttpResponse<String> signedIn = browser.submit("/login", "username", username, "password", PASSWORD);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		return browser;
	}

	private String account(Role role) {
		String username = "keys-" + role.name().toLowerCase() + sequence.incrementAndGet();
		this.accounts.create(new NewAccount(username, null, "Key test", PASSWORD, Set.of(role),
				(role == Role.OFFICER) ? "4473" : null, (role == Role.OFFICER) ? 24 : null,
				(role == Role.OFFICER) ? List.of("2424") : List.of()));
		return username;
	}

}
