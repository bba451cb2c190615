package org.beatbridge.identity.web;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff find their tools from the menu; residents and visitors do not get the page.
 */
// Its own context (the property only sets it apart): it creates an administrator, and the
// shared context's tests count administrators
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.application.name=staff-tools")
@AutoConfigureTestRestTemplate
class StaffToolsTests {

	static final String PASSWORD = "lantern orbit tamale gravel";

	private static final AtomicInteger sequence = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Test
	void anOfficerSeesTheWorkToolsAndTheirDistrictAndBeatsButNoAdministration() {
		Browser officer = signedIn(Role.OFFICER);
		assertThat(officer.get("/").body()).contains("href=\"/staff\"");
		HttpResponse<String> page = officer.get("/staff");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body())
			.contains("href=\"/concerns/triage\"", "href=\"/problems\"", "href=\"/meetings/new\"",
					"href=\"/districts/17/plan\"", "href=\"/beats/1713\"")
			.doesNotContain("href=\"/admin/");
	}

	@Test
	void anAdministratorAlsoSeesTheImportsAndApiKeys() {
		HttpResponse<String> page = signedIn(Role.ADMIN).get("/staff");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("href=\"/admin/crime/imports\"", "href=\"/admin/meetings/calendar\"",
				"href=\"/admin/open311-keys\"");
	}

	@Test
	void residentsAndVisitorsDoNotGetThePageNorTheMenuEntry() {
		Browser resident = signedIn(Role.RESIDENT);
		assertThat(resident.get("/staff").statusCode()).isEqualTo(403);
		assertThat(resident.get("/").body()).doesNotContain("href=\"/staff\"");
		HttpResponse<String> visitor = new Browser(this.port).get("/staff");
		assertThat(visitor.statusCode()).isEqualTo(302);
		assertThat(visitor.headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

	@Test
	void thePageIsInSpanishForSpanishReaders() {
		HttpResponse<String> page = signedIn(Role.SUPERVISOR).get("/staff?lang=es");
		assertThat(page.body()).contains("Herramientas del personal", "Asuntos por clasificar");
	}

	private Browser signedIn(Role role) {
		String username = role.name().toLowerCase() + sequence.incrementAndGet() + "-" + System.nanoTime();
		boolean sworn = role == Role.OFFICER || role == Role.SUPERVISOR;
		this.accounts.create(new NewAccount(username, username + "@example.com", "Staff " + username, PASSWORD,
				Set.of(role), (role == Role.OFFICER) ? "4711" : null, sworn ? 17 : null,
				(role == Role.OFFICER) ? List.of("1713") : List.of()));
		Browser browser = new Browser(this.port);
		browser.get("/login");
		HttpResponse<String> signedIn = browser.submit("/login", "username", username, "password", PASSWORD);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		return browser;
	}

}
