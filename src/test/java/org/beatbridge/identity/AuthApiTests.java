package org.beatbridge.identity;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class AuthApiTests {

	private static final String PASSWORD = SignInAndSignUpTests.PASSWORD;

	private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");

	private static final AtomicInteger sequence = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	Browser api;

	String officer;

	@BeforeEach
	void createOfficer() {
		this.api = new Browser(this.port);
		this.officer = "api-officer" + sequence.incrementAndGet();
		this.accounts.create(new NewAccount(this.officer, null, "Officer Diaz", PASSWORD, Set.of(Role.OFFICER), "4471",
				17, List.of("1713", "1714")));
	}

	@Test
	void issuesABearerTokenForAGoodPasswordAndStoresOnlyItsHash() {
		HttpResponse<String> response = tokenFor(this.officer, PASSWORD);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"tokenType\":\"Bearer\"").contains("\"expiresAt\":\"20");
		String token = token(response);
		assertThat(token).hasSize(43);
		assertThat(this.jdbc.sql("select count(*) from api_tokens where encode(token_hash, 'escape') like :token")
			.param("token", "%" + token + "%")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void tellsWhoTheTokenBelongsTo() {
		String token = token(tokenFor(this.officer, PASSWORD));
		HttpResponse<String> me = this.api.json("GET", "/api/v1/auth/me", null, token);
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains("\"username\":\"" + this.officer + "\"")
			.contains("\"roles\":[\"OFFICER\"]")
			.contains("\"starNumber\":\"4471\"")
			.contains("\"district\":17")
			.contains("\"beats\":[\"1713\",\"1714\"]")
			.doesNotContain("password");
	}

	@Test
	void refusesAWrongPasswordWithoutSayingWhichPartWasWrong() {
		HttpResponse<String> wrong = tokenFor(this.officer, "not the password");
		HttpResponse<String> unknown = tokenFor("nobody-" + this.officer, PASSWORD);
		for (HttpResponse<String> response : List.of(wrong, unknown)) {
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.headers().firstValue("Content-Type").orElseThrow())
				.startsWith("application/problem+json");
			assertThat(response.body()).contains("The username or password is not correct.");
		}
	}

	@Test
	void locksTheTokenEndpointAfterFiveFailures() {
		for (int i = 0; i < 5; i++) {
			assertThat(tokenFor(this.officer, "guess " + i).statusCode()).isEqualTo(401);
		}
		HttpResponse<String> locked = tokenFor(this.officer, PASSWORD);
		assertThat(locked.statusCode()).isEqualTo(429);
		assertThat(locked.headers().firstValue("Retry-After")).hasValue("900");
		assertThat(locked.body()).contains("Too many failed sign-ins");
	}

	@Test
	void namesTheMissingField() {
		HttpResponse<String> response = this.api.json("POST", "/api/v1/auth/token",
				"{\"username\":\"" + this.officer + "\"}", null);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(response.body()).contains("\"field\":\"password\"");
	}

	@Test
	void refusesMalformedJsonWithAProblem() {
		HttpResponse<String> response = this.api.json("POST", "/api/v1/auth/token", "{\"username\": ", null);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(response.body()).contains("must be JSON").doesNotContain("Exception");
	}

	@Test
	void revokesTheTokenItIsCalledWith() {
		String token = token(tokenFor(this.officer, PASSWORD));
		assertThat(this.api.json("DELETE", "/api/v1/auth/token", null, token).statusCode()).isEqualTo(204);
		HttpResponse<String> afterwards = this.api.json("GET", "/api/v1/auth/me", null, token);
		assertThat(afterwards.statusCode()).isEqualTo(401);
		assertThat(afterwards.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("invalid_token");
		assertThat(afterwards.body()).contains("unknown, expired or revoked");
	}

	@Test
	void refusesAnExpiredToken() {
		String token = token(tokenFor(this.officer, PASSWORD));
		this.jdbc.sql("""
				update api_tokens set expires_at = now() - interval '1 second'
				where account_id = (select id from accounts where username = :username)""")
			.param("username", this.officer)
			.update();
		assertThat(this.api.json("GET", "/api/v1/auth/me", null, token).statusCode()).isEqualTo(401);
	}

	@Test
	void forgetsTokensThatEndedMoreThanADayAgo() {
		tokenFor(this.officer, PASSWORD);
		this.jdbc.sql("""
				update api_tokens set expires_at = now() - interval '2 days'
				where account_id = (select id from accounts where username = :username)""")
			.param("username", this.officer)
			.update();
		tokenFor(this.officer, PASSWORD);
		assertThat(this.jdbc.sql("""
				select count(*) from api_tokens
				where account_id = (select id from accounts where username = :username)""")
			.param("username", this.officer)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void refusesAnUnknownToken() {
		HttpResponse<String> response = this.api.json("GET", "/api/v1/auth/me", null, "made-up-token");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
	}

	@Test
	void asksForABearerTokenWhenNoneIsSent() {
		HttpResponse<String> response = this.api.json("GET", "/api/v1/auth/me", null, null);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
		assertThat(response.body()).contains("\"status\":401");
	}

	@Test
	void refusesTheAdminApiToAnOfficer() {
		String token = token(tokenFor(this.officer, PASSWORD));
		HttpResponse<String> response = this.api.json("GET", "/api/v1/admin/accounts", null, token);
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
	}

	@Test
	void apiResponsesCarryTheSecurityHeadersAndNoSessionCookie() {
		HttpResponse<String> response = tokenFor(this.officer, PASSWORD);
		assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
			.contains("script-src 'self';");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("SESSION="));
	}

	private HttpResponse<String> tokenFor(String username, String password) {
		return this.api.json("POST", "/api/v1/auth/token",
				"{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}", null);
	}

	private static String token(HttpResponse<String> response) {
		Matcher matcher = TOKEN.matcher(response.body());
		assertThat(matcher.find()).as(response.body()).isTrue();
		return matcher.group(1);
	}

}
