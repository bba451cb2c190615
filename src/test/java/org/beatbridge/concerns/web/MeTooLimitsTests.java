package org.beatbridge.concerns.web;

import java.net.http.HttpResponse;

import org.beatbridge.concerns.Actor;
import org.beatbridge.concerns.ConcernId;
import org.beatbridge.concerns.ConcernStatus;
import org.beatbridge.concerns.ConcernView;
import org.beatbridge.concerns.Concerns;
import org.beatbridge.concerns.NewConcern;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Me too" is limited per client and counted once per client address and concern
 * (decision 0707), on the page (htmx and plain forms) and in the API.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class MeTooLimitsTests {

	@LocalServerPort
	int port;

	@Autowired
	Concerns concerns;

	private ConcernId reported(String description) {
		return this.concerns.report(NewConcern.anonymousAt("graffiti", description, 42.01605, -87.6764)).id();
	}

	private FormClient browserAt(String address, ConcernId concern) {
		FormClient client = new FormClient(this.port, address);
		client.get("/concerns/" + concern);
		return client;
	}

	private int supportOf(ConcernId id) {
		return this.concerns.find(id).map(ConcernView::supportCount).orElseThrow();
	}

	@Test
	void aNewBrowserAtTheSameAddressDoesNotCountTwice() {
		ConcernId id = reported("Fresh tags on the viaduct every weekend.");
		HttpResponse<String> first = browserAt("10.7.0.1", id).post("/concerns/" + id + "/me-too", "HX-Request",
				"true");
		assertThat(first.body()).contains("first neighbour");

		HttpResponse<String> cookiesCleared = browserAt("10.7.0.1", id).post("/concerns/" + id + "/me-too",
				"HX-Request", "true");
		assertThat(cookiesCleared.statusCode()).isEqualTo(200);
		assertThat(cookiesCleared.body()).contains("You already said &quot;me too&quot;")
			.doesNotContain("first neighbour");
		assertThat(supportOf(id)).isEqualTo(1);

		HttpResponse<String> plain = browserAt("10.7.0.1", id).post("/concerns/" + id + "/me-too");
		assertThat(plain.statusCode()).isEqualTo(302);
		assertThat(plain.headers().firstValue("Location").orElseThrow()).endsWith("/concerns/" + id + "?already");
		assertThat(browserAt("10.7.0.1", id).get("/concerns/" + id + "?already&lang=es").body())
			.contains("Ya dijo &quot;yo también&quot;");

		browserAt("10.7.0.2", id).post("/concerns/" + id + "/me-too", "HX-Request", "true");
		assertThat(supportOf(id)).isEqualTo(2);
	}

	@Test
	void aNeighbourOnTheSameIpv6HouseholdCountsOnceButTheNextHouseholdCounts() {
		ConcernId id = reported("Tags on the bus shelter at the corner.");
		browserAt("2001:db8:1:2::10", id).post("/concerns/" + id + "/me-too", "HX-Request", "true");
		browserAt("2001:db8:1:2::99", id).post("/concerns/" + id + "/me-too", "HX-Request", "true");
		assertThat(supportOf(id)).isEqualTo(1);
		browserAt("2001:db8:1:3::10", id).post("/concerns/" + id + "/me-too", "HX-Request", "true");
		assertThat(supportOf(id)).isEqualTo(2);
	}

	@Test
	void tooManyMeTooFromOneClientAreRefusedBesideTheButtonAndInTheApi() {
		ConcernId id = reported("Tags on the school fence again.");
		FormClient client = browserAt("10.7.0.3", id);
		for (int i = 0; i < 30; i++) {
			assertThat(client.post("/concerns/" + id + "/me-too", "HX-Request", "true").statusCode()).isEqualTo(200);
		}
		HttpResponse<String> refused = client.post("/concerns/" + id + "/me-too", "HX-Request", "true");
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(refused.body()).contains("data-me-too-refused")
			.contains("Too many &quot;me too&quot; were sent from here. Try again in")
			.contains("data-me-too");

		HttpResponse<String> page = client.post("/concerns/" + id + "/me-too");
		assertThat(page.statusCode()).isEqualTo(429);
		assertThat(page.body()).contains("Tags on the school fence again.").contains("data-me-too-refused");

		HttpResponse<String> spanish = browserAt("10.7.0.3", id).post("/concerns/" + id + "/me-too?lang=es",
				"HX-Request", "true");
		assertThat(spanish.body()).contains("Se enviaron demasiados &quot;yo también&quot; desde aquí");

		HttpResponse<String> api = new FormClient(this.port, "10.7.0.3").post("/api/v1/concerns/" + id + "/me-too");
		assertThat(api.statusCode()).isEqualTo(429);
		assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(api.headers().firstValue("Retry-After")).isPresent();
		assertThat(api.body()).contains("too-many-me-toos").contains("retryAfterSeconds");
		assertThat(supportOf(id)).isEqualTo(1);
	}

	@Test
	void theApiCountsAnAnonymousClientOncePerConcern() {
		ConcernId id = reported("Tags on the alley garages.");
		FormClient app = new FormClient(this.port, "10.7.0.4");
		HttpResponse<String> first = app.post("/api/v1/concerns/" + id + "/me-too");
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.body()).contains("\"supportCount\":1").contains("\"counted\":true");
		HttpResponse<String> again = app.post("/api/v1/concerns/" + id + "/me-too");
		assertThat(again.body()).contains("\"supportCount\":1").contains("\"counted\":false");
	}

	@Test
	void theApiAnswersBadIdsAndClosedConcernsWithProblems() {
		FormClient app = new FormClient(this.port, "10.7.0.5");
		HttpResponse<String> unknown = app.post("/api/v1/concerns/99999999/me-too");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("concern-not-found");
		assertThat(app.post("/api/v1/concerns/abc/me-too").statusCode()).isEqualTo(404);

		ConcernId id = reported("Tags that were painted over already.");
		this.concerns.changeStatus(id, ConcernStatus.RESOLVED, Actor.system(), null);
		HttpResponse<String> closed = app.post("/api/v1/concerns/" + id + "/me-too");
		assertThat(closed.statusCode()).isEqualTo(409);
		assertThat(closed.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
	}

	@Test
	void theLanguageSwitchOfARefusedFormLeadsBackToThePage() {
		ConcernId id = reported("Tags on the mailbox by the school.");
		FormClient client = new FormClient(this.port, "10.7.0.6");
		HttpResponse<String> form = client.get("/concerns?lang=es");
		assertThat(form.statusCode()).isEqualTo(302);
		assertThat(form.headers().firstValue("Location").orElseThrow()).endsWith("/concerns/new");
		HttpResponse<String> concern = client.get("/concerns/" + id + "/me-too?lang=es");
		assertThat(concern.statusCode()).isEqualTo(302);
		assertThat(concern.headers().firstValue("Location").orElseThrow()).endsWith("/concerns/" + id);
		assertThat(client.get("/concerns/abc/me-too").statusCode()).isEqualTo(404);
	}

}
