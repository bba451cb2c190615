package org.beatbridge.identity;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

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
class SignInAndSignUpTests {

	static final String PASSWORD = "lantern orbit tamale gravel";

	private static final AtomicInteger sequence = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Test
	void aResidentWhoSignsUpIsSignedInAtOnceInASessionStoredInTheDatabase() {
		String email = "resident" + sequence.incrementAndGet() + "@example.com";
		Browser browser = new Browser(this.port);
		assertThat(browser.get("/signup").statusCode()).isEqualTo(200);
		HttpResponse<String> signedUp = browser.submit("/signup", "email", email, "displayName", "Rosa", "password",
				PASSWORD);
		assertThat(signedUp.statusCode()).isEqualTo(302);
		assertThat(signedUp.headers().firstValue("Location").orElseThrow()).endsWith("/");
		assertThat(this.accounts.findByUsername(email)).hasValueSatisfying(account -> {
			assertThat(account.roles()).containsExactly(Role.RESIDENT);
			assertThat(account.email()).isEqualTo(email);
			assertThat(account.displayName()).isEqualTo("Rosa");
		});
		assertThat(signedInSessions(email)).isEqualTo(1);
		assertThat(browser.get("/account/profile").statusCode()).isNotEqualTo(302);
		browser.get("/login");
		assertThat(browser.submit("/logout").headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
	}

	@Test
	void aResidentSignsInWithTheEmailInAnyCaseAndTheSessionIsStoredInTheDatabase() {
		String email = "returning" + sequence.incrementAndGet() + "@example.com";
		this.accounts.create(NewAccount.resident(email, "Luis", PASSWORD));
		Browser browser = new Browser(this.port);
		browser.get("/login");
		HttpResponse<String> signedIn = browser.submit("/login", "username", email.toUpperCase(), "password", PASSWORD);
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		assertThat(signedInSessions(email)).isEqualTo(1);
		assertThat(browser.get("/account/profile").statusCode()).isNotEqualTo(302);
	}

	private int signedInSessions(String username) {
		return this.jdbc.sql("select count(*) from spring_session where principal_name = :name")
			.param("name", username)
			.query(Integer.class)
			.single();
	}

	@Test
	void signUpShowsWhyAPasswordIsRefusedBesideTheField() {
		Browser browser = new Browser(this.port);
		browser.get("/signup");
		HttpResponse<String> page = browser.submit("/signup", "email", "weak@example.com", "password", "password1234");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"password-error\"").contains("too easy to guess");
		assertThat(this.accounts.findByUsername("weak@example.com")).isEmpty();
	}

	@Test
	void signUpExplainsABadEmailInSpanish() {
		Browser browser = new Browser(this.port);
		browser.get("/signup?lang=es");
		HttpResponse<String> page = browser.submit("/signup", "email", "not-an-email", "password", PASSWORD);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"email-error\"").contains("Escriba un correo electrónico válido");
	}

	@Test
	void signUpRefusesAnEmailThatAlreadyHasAnAccount() {
		String email = "twice" + sequence.incrementAndGet() + "@example.com";
		this.accounts.create(NewAccount.resident(email, null, PASSWORD));
		Browser browser = new Browser(this.port);
		browser.get("/signup");
		HttpResponse<String> page = browser.submit("/signup", "email", email, "password", "velvet compass harbor");
		assertThat(page.body()).contains("id=\"email-error\"").contains("already exists");
	}

	@Test
	void signUpWithoutTheCsrfTokenIsRefused() {
		Browser browser = new Browser(this.port);
		HttpResponse<String> response = browser.postForm("/signup",
				java.util.Map.of("email", "csrf@example.com", "password", PASSWORD));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(this.accounts.findByUsername("csrf@example.com")).isEmpty();
	}

	@Test
	void aWrongPasswordShowsOneMessageThatDoesNotSayWhichPartWasWrong() {
		String username = officer();
		Browser browser = new Browser(this.port);
		browser.get("/login");
		HttpResponse<String> wrongPassword = browser.submit("/login", "username", username, "password", "nope");
		assertThat(wrongPassword.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
		browser.get("/login");
		HttpResponse<String> unknownUser = browser.submit("/login", "username", "nobody-at-all", "password", "nope");
		assertThat(unknownUser.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
		assertThat(browser.get("/login?error").body()).contains("email, username or password is not correct");
	}

	@Test
	void fiveFailuresLockTheAccountEvenForTheRightPassword() {
		String username = officer();
		Browser browser = new Browser(this.port);
		for (int i = 0; i < 5; i++) {
			browser.get("/login");
			browser.submit("/login", "username", username, "password", "wrong guess " + i);
		}
		browser.get("/login");
		HttpResponse<String> locked = browser.submit("/login", "username", username, "password", PASSWORD);
		assertThat(locked.headers().firstValue("Location").orElseThrow()).endsWith("/login?locked");
		assertThat(browser.get("/login?locked").body()).contains("wait 15 minutes");

		// The lock lives in the database: once it has expired there, the right password
		// works again.
		this.jdbc.sql("update login_throttle set locked_until = now() - interval '1 second' where login_key = :key")
			.param("key", username.toLowerCase())
			.update();
		browser.get("/login");
		HttpResponse<String> signedIn = browser.submit("/login", "username", username, "password", PASSWORD);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("locked")
			.doesNotContain("error");
		assertThat(this.jdbc.sql("select count(*) from login_throttle where login_key = :key")
			.param("key", username.toLowerCase())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void signingOutNeedsAPostWithTheCsrfTokenAndEndsTheSession() {
		String username = officer();
		Browser browser = new Browser(this.port);
		browser.get("/login");
		browser.submit("/login", "username", username, "password", PASSWORD);
		assertThat(browser.get("/account/profile").statusCode()).isNotEqualTo(302);
		assertThat(browser.get("/login").body()).contains("action=\"/logout\"");
		HttpResponse<String> signedOut = browser.submit("/logout");
		assertThat(signedOut.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
		assertThat(browser.get("/account/profile").statusCode()).isEqualTo(302);
	}

	@Test
	void accountPagesSendAnonymousVisitorsToSignIn() {
		HttpResponse<String> response = new Browser(this.port).get("/account/profile");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

	@Test
	void adminPagesRefuseAnOfficer() {
		String username = officer();
		Browser browser = new Browser(this.port);
		browser.get("/login");
		browser.submit("/login", "username", username, "password", PASSWORD);
		assertThat(browser.get("/admin/accounts").statusCode()).isEqualTo(403);
	}

	@Test
	void everyPageCarriesTheSecurityHeaders() {
		HttpResponse<String> page = new Browser(this.port).get("/login");
		assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(
				"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
						+ "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'");
		assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(page.headers().firstValue("Permissions-Policy").orElseThrow()).contains("geolocation=(self)");
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteLax() {
		Browser browser = new Browser(this.port);
		HttpResponse<String> page = browser.get("/login");
		String cookie = page.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(value -> value.startsWith("SESSION="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
	}

	@Test
	void swaggerUiIsServedAndOnlyItMayUseInlineStyles() {
		Browser browser = new Browser(this.port);
		HttpResponse<String> ui = browser.get("/swagger-ui/index.html");
		assertThat(ui.statusCode()).isEqualTo(200);
		String policy = ui.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(policy).contains("style-src 'self' 'unsafe-inline'").contains("script-src 'self';");
		assertThat(browser.get("/swagger-ui/swagger-initializer.js").statusCode()).isEqualTo(200);
		assertThat(browser.get("/v3/api-docs").body()).contains("/api/v1/auth/token");
	}

	String officer() {
		String username = "officer" + sequence.incrementAndGet();
		this.accounts.create(new NewAccount(username, null, "Officer " + username, PASSWORD, Set.of(Role.OFFICER),
				"12345", 17, List.of("1713", "1714")));
		return username;
	}

}
