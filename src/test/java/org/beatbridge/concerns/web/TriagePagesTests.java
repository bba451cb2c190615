package org.beatbridge.concerns.web;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.beatbridge.concerns.ConcernCount;
import org.beatbridge.concerns.ConcernId;
import org.beatbridge.concerns.ConcernSource;
import org.beatbridge.concerns.ConcernStatistics;
import org.beatbridge.concerns.ConcernStatus;
import org.beatbridge.concerns.ConcernView;
import org.beatbridge.concerns.Concerns;
import org.beatbridge.concerns.Contact;
import org.beatbridge.concerns.NewConcern;
import org.beatbridge.geography.BeatLocation;
import org.beatbridge.geography.Beats;
import org.beatbridge.identity.AccountView;
import org.beatbridge.identity.Accounts;
import org.beatbridge.identity.Browser;
import org.beatbridge.identity.NewAccount;
import org.beatbridge.identity.Role;
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

/**
 * The triage pages through HTTP, as officers, supervisors, coordinators, residents and
 * visitors use them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TriagePagesTests {

	static final String PASSWORD = "lantern orbit tamale gravel";

	/** 1800 W Fargo Ave, Rogers Park. */
	static final double NORTH_LATITUDE = 42.01605;

	static final double NORTH_LONGITUDE = -87.6764;

	/** Daley Plaza, in the Loop. */
	static final double LOOP_LATITUDE = 41.8837;

	static final double LOOP_LONGITUDE = -87.6298;

	static final AtomicInteger sequence = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	Concerns concerns;

	@Autowired
	Accounts accounts;

	@Autowired
	ConcernStatistics statistics;

	@Autowired
	Beats beats;

	@Autowired
	JdbcClient jdbc;

	BeatLocation north;

	BeatLocation loop;

	AccountView northOfficer;

	AccountView otherNorthOfficer;

	AccountView loopOfficer;

	AccountView northSupervisor;

	AccountView coordinator;

	AccountView resident;

	@BeforeAll
	void staffTheTwoDistricts() {
		this.north = this.beats.locate(NORTH_LATITUDE, NORTH_LONGITUDE).orElseThrow();
		this.loop = this.beats.locate(LOOP_LATITUDE, LOOP_LONGITUDE).orElseThrow();
		assertThat(this.north.district()).isNotEqualTo(this.loop.district());
		this.northOfficer = staff("Officer Diaz", Role.OFFICER, this.north);
		this.otherNorthOfficer = staff("Officer Novak", Role.OFFICER, this.north);
		this.loopOfficer = staff("Officer Loop", Role.OFFICER, this.loop);
		this.northSupervisor = this.accounts
			.create(new NewAccount("sgt" + sequence.incrementAndGet(), null, "Sgt. Ruiz", PASSWORD,
					Set.of(Role.SUPERVISOR), null, Integer.valueOf(this.north.district()), List.of()));
		this.coordinator = this.accounts.create(new NewAccount("coord" + sequence.incrementAndGet(), null,
				"Coordinator Kim", PASSWORD, Set.of(Role.COORDINATOR), null, null, List.of()));
		String email = "neighbour" + sequence.incrementAndGet() + "@example.com";
		this.resident = this.accounts.create(NewAccount.resident(email, "Neighbour", PASSWORD));
	}

	private AccountView staff(String name, Role role, BeatLocation beat) {
		return this.accounts.create(new NewAccount("staff" + sequence.incrementAndGet(), null, name, PASSWORD,
				Set.of(role), "4" + sequence.get(), Integer.valueOf(beat.district()), List.of(beat.beat())));
	}

	private Browser signedIn(AccountView account) {
		Browser browser = new Browser(this.port);
		browser.get("/login");
		HttpResponse<String> signedIn = browser.submit("/login", "username", account.username(), "password", PASSWORD);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		return browser;
	}

	private ConcernId reportInTheNorth(String description) {
		return this.concerns.report(NewConcern.anonymousAt("noise", description, NORTH_LATITUDE, NORTH_LONGITUDE)).id();
	}

	private ConcernId reportWithContact(String description, String email) {
		return this.concerns.report(new NewConcern("noise", description, NORTH_LATITUDE, NORTH_LONGITUDE, null, null,
				new Contact("Rosa Diaz", email, "312-555-0100"), false, null, ConcernSource.WEB, Map.of(), null, "es"))
			.id();
	}

	private ConcernView view(ConcernId id) {
		return this.concerns.find(id).orElseThrow();
	}

	/** Opens the staff page (for its CSRF token), then posts the form. */
	private HttpResponse<String> act(Browser browser, ConcernId id, String action, String... fields) {
		assertThat(browser.get("/concerns/triage/" + id).statusCode()).isEqualTo(200);
		return browser.submit("/concerns/triage/" + id + "/" + action, fields);
	}

	@Test
	void anOfficerSeesTheConcernsOfTheirBeatsAndNotThoseOfAnotherDistrict() {
		ConcernId northern = reportInTheNorth("Music from the corner house every night until three.");
		ConcernId loopConcern = this.concerns
			.report(NewConcern.anonymousAt("noise", "Street racing on Washington every Friday night.", LOOP_LATITUDE,
					LOOP_LONGITUDE))
			.id();
		HttpResponse<String> northQueue = signedIn(this.northOfficer).get("/concerns/triage");
		assertThat(northQueue.statusCode()).isEqualTo(200);
		assertThat(northQueue.body()).contains("data-concern-id=\"" + northern + "\"")
			.doesNotContain("data-concern-id=\"" + loopConcern + "\"")
			.doesNotContain("<script>")
			.doesNotContain("style=");
		Browser loopOfficer = signedIn(this.loopOfficer);
		HttpResponse<String> loopQueue = loopOfficer.get("/concerns/triage?district=" + this.north.district());
		assertThat(loopQueue.body()).contains("data-concern-id=\"" + loopConcern + "\"")
			.doesNotContain("data-concern-id=\"" + northern + "\"");
		assertThat(loopOfficer.get("/concerns/triage?beat=" + this.north.beat()).statusCode()).isEqualTo(403);
		HttpResponse<String> foreign = loopOfficer.get("/concerns/triage/" + northern);
		assertThat(foreign.statusCode()).isEqualTo(403);
		assertThat(foreign.body()).contains("not in a district you triage")
			.doesNotContain("Music from the corner house");
		loopOfficer.get("/concerns/triage");
		assertThat(loopOfficer.submit("/concerns/triage/" + northern + "/acknowledge").statusCode()).isEqualTo(403);
		assertThat(loopOfficer.submit("/concerns/triage/" + northern + "/contact").statusCode()).isEqualTo(403);
		assertThat(view(northern).status()).isEqualTo(ConcernStatus.OPEN);
	}

	@Test
	void aSupervisorSeesTheDistrictAndACoordinatorAnyDistrict() {
		ConcernId northern = reportInTheNorth("Cars parked on the sidewalk by the school every morning.");
		assertThat(signedIn(this.northSupervisor).get("/concerns/triage").body())
			.contains("data-concern-id=\"" + northern + "\"");
		Browser coordinator = signedIn(this.coordinator);
		assertThat(coordinator.get("/concerns/triage?district=" + this.north.district()).body())
			.contains("data-concern-id=\"" + northern + "\"");
		assertThat(coordinator.get("/concerns/triage?district=" + this.loop.district()).body())
			.doesNotContain("data-concern-id=\"" + northern + "\"");
		assertThat(coordinator.get("/concerns/triage/" + northern).statusCode()).isEqualTo(200);
		assertThat(coordinator.get("/concerns/triage?district=99").statusCode()).isEqualTo(400);
		assertThat(coordinator.get("/concerns/triage?status=FLYING").statusCode()).isEqualTo(400);
		assertThat(coordinator.get("/concerns/triage?category=nonsense").statusCode()).isEqualTo(400);
	}

	@Test
	void residentsAndVisitorsCannotOpenTheQueue() {
		ConcernId id = reportInTheNorth("Someone sleeps in the garage of the empty house.");
		HttpResponse<String> visitor = new Browser(this.port).get("/concerns/triage");
		assertThat(visitor.statusCode()).isEqualTo(302);
		assertThat(visitor.headers().firstValue("Location").orElseThrow()).endsWith("/login");
		Browser resident = signedIn(this.resident);
		assertThat(resident.get("/concerns/triage").statusCode()).isEqualTo(403);
		assertThat(resident.get("/concerns/triage/" + id).statusCode()).isEqualTo(403);
	}

	@Test
	void sortsTheQueueByAgeOrBySupport() {
		ConcernId older = reportInTheNorth("Broken bottles all over the playground again.");
		ConcernId supported = reportInTheNorth("Fireworks late at night in the alley behind Fargo.");
		this.concerns.meToo(supported, "account:9001");
		this.concerns.meToo(supported, "account:9002");
		Browser officer = signedIn(this.northOfficer);
		String oldest = officer.get("/concerns/triage").body();
		assertThat(oldest.indexOf("data-concern-id=\"" + older + "\""))
			.isLessThan(oldest.indexOf("data-concern-id=\"" + supported + "\""));
		String bySupport = officer.get("/concerns/triage?order=supported").body();
		assertThat(bySupport.indexOf("data-concern-id=\"" + supported + "\""))
			.isLessThan(bySupport.indexOf("data-concern-id=\"" + older + "\""));
	}

	@Test
	void acknowledgingRecordsWhoAndWhen() {
		ConcernId id = reportInTheNorth("Loud generator running all night on the vacant lot.");
		Browser officer = signedIn(this.northOfficer);
		HttpResponse<String> done = act(officer, id, "acknowledge");
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(done.headers().firstValue("Location").orElseThrow())
			.endsWith("/concerns/triage/" + id + "?done=acknowledged");
		assertThat(view(id).status()).isEqualTo(ConcernStatus.ACKNOWLEDGED);
		assertThat(this.jdbc
			.sql("select actor_account_id from concern_transitions where concern_id = ? and to_status = 'ACKNOWLEDGED'")
			.param(id.value())
			.query(Long.class)
			.single()).isEqualTo(this.northOfficer.id());
		String page = officer.get("/concerns/triage/" + id + "?done=acknowledged").body();
		assertThat(page).contains("Acknowledged. The reporter will be told.").contains("by Officer Diaz (Officer)");
	}

	@Test
	void refusesAnIllegalTransitionBesideTheForm() {
		ConcernId id = reportInTheNorth("Graffiti on the viaduct keeps coming back.");
		Browser officer = signedIn(this.northOfficer);
		assertThat(act(officer, id, "status", "status", "RESOLVED", "publicUpdate", "Painted over.").statusCode())
			.isEqualTo(302);
		HttpResponse<String> refused = act(officer, id, "status", "status", "IN_PROGRESS", "publicUpdate",
				"Working on it.");
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains("data-error=\"status\"")
			.contains("A concern that is Resolved cannot become In progress. It can become: Open.")
			.contains("Working on it.");
		assertThat(act(officer, id, "status", "status", "FLYING").statusCode()).isEqualTo(400);
		assertThat(view(id).status()).isEqualTo(ConcernStatus.RESOLVED);
		HttpResponse<String> spanish = officer.submit("/concerns/triage/" + id + "/status?lang=es", "status",
				"RESOLVED");
		assertThat(spanish.statusCode()).isEqualTo(409);
		assertThat(spanish.body()).contains("no puede pasar a");
	}

	@Test
	void aReferralNeedsTheServiceAndKeepsThe311Number() {
		ConcernId id = reportInTheNorth("Street light out at the corner of Fargo and Wolcott.");
		Browser officer = signedIn(this.northOfficer);
		HttpResponse<String> noService = act(officer, id, "status", "status", "REFERRED");
		assertThat(noService.statusCode()).isEqualTo(400);
		assertThat(noService.body()).contains("Name the city service it was referred to.");
		HttpResponse<String> badNumber = act(officer, id, "status", "status", "REFERRED", "service",
				"Streets and Sanitation", "reference", "<b>SR</b>");
		assertThat(badNumber.statusCode()).isEqualTo(400);
		assertThat(badNumber.body()).contains("letters, digits and dashes only").doesNotContain("<b>SR</b>");
		assertThat(view(id).status()).isEqualTo(ConcernStatus.OPEN);
		assertThat(act(officer, id, "status", "status", "REFERRED", "service", "Transportation (CDOT)", "reference",
				"SR24-01234567", "publicUpdate", "Sent to CDOT as 311 request SR24-01234567.")
			.statusCode()).isEqualTo(302);
		assertThat(view(id).status()).isEqualTo(ConcernStatus.REFERRED);
		assertThat(officer.get("/concerns/triage/" + id).body())
			.contains("Referred to Transportation (CDOT) (311: SR24-01234567)");
		assertThat(new Browser(this.port).get("/concerns/" + id).body())
			.contains("Sent to CDOT as 311 request SR24-01234567.");
	}

	@Test
	void aPublicUpdateGoesToThePublicTimelineAndANoteStaysWithStaff() {
		ConcernId id = reportInTheNorth("Dice games on the corner every afternoon.");
		Browser officer = signedIn(this.northOfficer);
		assertThat(act(officer, id, "update", "publicUpdate", " ").statusCode()).isEqualTo(400);
		assertThat(act(officer, id, "update", "publicUpdate", "Extra patrols start this Friday.").statusCode())
			.isEqualTo(302);
		assertThat(act(officer, id, "notes", "note", "").statusCode()).isEqualTo(400);
		assertThat(act(officer, id, "notes", "note", "x".repeat(4001)).statusCode()).isEqualTo(400);
		assertThat(act(officer, id, "notes", "note", "Informant says the games move indoors at dusk.").statusCode())
			.isEqualTo(302);
		String publicPage = new Browser(this.port).get("/concerns/" + id).body();
		assertThat(publicPage).contains("Extra patrols start this Friday.").doesNotContain("Informant says");
		assertThat(view(id).status()).isEqualTo(ConcernStatus.OPEN);
		assertThat(officer.get("/concerns/triage/" + id).body()).contains("Informant says the games move indoors")
			.contains("Public update");
	}

	@Test
	void assignsOnlyToAnOfficerOfTheConcernsDistrict() {
		ConcernId id = reportInTheNorth("Abandoned van with broken windows on Fargo.");
		Browser supervisor = signedIn(this.northSupervisor);
		assertThat(act(supervisor, id, "assign", "officer", Long.toString(this.loopOfficer.id())).statusCode())
			.isEqualTo(400);
		assertThat(act(supervisor, id, "assign", "officer", "somebody").statusCode()).isEqualTo(400);
		HttpResponse<String> assigned = act(supervisor, id, "assign", "officer",
				Long.toString(this.otherNorthOfficer.id()));
		assertThat(assigned.statusCode()).isEqualTo(302);
		assertThat(supervisor.get("/concerns/triage/" + id).body()).contains("Assigned to Officer Novak")
			.contains("by Sgt. Ruiz (Supervisor)");
		Browser novak = signedIn(this.otherNorthOfficer);
		assertThat(novak.get("/concerns/triage?mine=true&beat=all").body()).contains("data-concern-id=\"" + id + "\"");
		assertThat(signedIn(this.northOfficer).get("/concerns/triage?mine=true&beat=all").body())
			.doesNotContain("data-concern-id=\"" + id + "\"");
	}

	@Test
	void moderationHidesPersonalDataFromThePublicAndKeepsTheOriginalForStaff() {
		ConcernId id = reportInTheNorth("John Smith at 1812 W Fargo sells from his porch, call 312-555-0199.");
		Browser officer = signedIn(this.northOfficer);
		assertThat(act(officer, id, "moderate", "publicDescription", "  ").statusCode()).isEqualTo(400);
		assertThat(act(officer, id, "moderate", "publicDescription", "Sales from a porch on the 1800 block of Fargo.")
			.statusCode()).isEqualTo(302);
		String publicPage = new Browser(this.port).get("/concerns/" + id).body();
		assertThat(publicPage).contains("Sales from a porch on the 1800 block")
			.doesNotContain("John Smith")
			.doesNotContain("312-555-0199");
		String staffPage = officer.get("/concerns/triage/" + id).body();
		assertThat(staffPage).contains("John Smith at 1812 W Fargo")
			.contains("Sales from a porch on the 1800 block")
			.contains("Changes to the public description")
			.contains("by Officer Diaz (Officer)");
	}

	@Test
	void theAppsPhotoLinkIsForStaffUntilAnOfficerPublishesIt() {
		String url = "https://photos.example.org/p/" + sequence.incrementAndGet() + ".jpg";
		ConcernId id = this.concerns
			.report(new NewConcern("noise", "Bass from the corner bar shakes the windows.", NORTH_LATITUDE,
					NORTH_LONGITUDE, null, null, Contact.NONE, true, null, ConcernSource.OPEN311, Map.of(), null, "en",
					url))
			.id();
		ConcernId without = reportInTheNorth("Barking dog left outside all night long.");
		Browser officer = signedIn(this.northOfficer);
		String staffPage = officer.get("/concerns/triage/" + id).body();
		assertThat(staffPage).contains("Photo link from the reporting app")
			.contains("href=\"" + url + "\"")
			.contains("rel=\"noopener noreferrer nofollow ugc\"")
			.contains("For staff only");
		assertThat(new Browser(this.port).get("/concerns/" + id).body()).doesNotContain(url);
		assertThat(view(id).mediaUrl()).isNull();

		HttpResponse<String> published = act(officer, id, "media-link", "publish", "true");
		assertThat(published.statusCode()).isEqualTo(302);
		assertThat(officer.get("/concerns/triage/" + id + "?lang=es").body()).contains("Público desde")
			.contains("Officer Diaz")
			.contains("Volver a hacerlo solo para el personal");
		assertThat(new Browser(this.port).get("/concerns/" + id).body()).contains("href=\"" + url + "\"")
			.contains("Photo on another website");
		assertThat(view(id).mediaUrl()).isEqualTo(url);

		assertThat(act(officer, id, "media-link", "publish", "false").statusCode()).isEqualTo(302);
		assertThat(view(id).mediaUrl()).isNull();
		HttpResponse<String> none = act(officer, without, "media-link", "publish", "true");
		assertThat(none.statusCode()).isEqualTo(400);
		assertThat(none.body()).contains("Este asunto no tiene ningún enlace de una aplicación.");
	}

	@Test
	void showingTheReportersContactIsRecorded() {
		String email = "rosa" + sequence.incrementAndGet() + "@example.com";
		ConcernId id = reportWithContact("Drag racing on Sheridan every Saturday night.", email);
		Browser officer = signedIn(this.northOfficer);
		String page = officer.get("/concerns/triage/" + id).body();
		assertThat(page).doesNotContain(email).contains("Show contact details");
		assertThat(contactViews(id)).isZero();
		HttpResponse<String> shown = officer.submit("/concerns/triage/" + id + "/contact");
		assertThat(shown.statusCode()).isEqualTo(200);
		assertThat(shown.headers().firstValue("Cache-Control")).contains("no-store");
		assertThat(shown.body()).contains(email).contains("312-555-0100").contains("This showing was recorded");
		assertThat(contactViews(id)).isEqualTo(1);
		assertThat(this.jdbc.sql("select account_id from concern_contact_views where concern_id = ?")
			.param(id.value())
			.query(Long.class)
			.single()).isEqualTo(this.northOfficer.id());
		assertThat(officer.get("/concerns/triage/" + id).body()).contains("Who saw the contact details")
			.doesNotContain(email);
		ConcernId anonymous = reportInTheNorth("Somebody dumps tires in the alley at night.");
		assertThat(officer.get("/concerns/triage/" + anonymous).body()).contains("Reported anonymously")
			.doesNotContain("Show contact details");
	}

	private long contactViews(ConcernId id) {
		return this.jdbc.sql("select count(*) from concern_contact_views where concern_id = ?")
			.param(id.value())
			.query(Long.class)
			.single();
	}

	@Test
	void mergingMovesSupportAndFollowersToTheSurvivingConcern() throws InterruptedException {
		String email = "follower" + sequence.incrementAndGet() + "@example.com";
		ConcernId duplicate = reportWithContact("Loud parties at the corner house on Fargo every weekend.", email);
		ConcernId surviving = reportInTheNorth("Parties with loud music at the corner of Fargo on weekends.");
		this.concerns.meToo(duplicate, "account:7001");
		this.concerns.meToo(duplicate, "account:7002");
		this.concerns.meToo(surviving, "account:7002");
		Browser officer = signedIn(this.northOfficer);
		assertThat(act(officer, duplicate, "merge", "into", duplicate.toString()).statusCode()).isEqualTo(409);
		assertThat(act(officer, duplicate, "merge", "into", "999999999").statusCode()).isEqualTo(400);
		assertThat(act(officer, duplicate, "merge", "into", "not a number").statusCode()).isEqualTo(400);
		long newBefore = newNoiseReports();
		HttpResponse<String> merged = act(officer, duplicate, "merge", "into", "#" + surviving);
		assertThat(merged.statusCode()).isEqualTo(302);
		// 7001 and 7002 once each, plus the duplicate's reporter
		assertThat(view(surviving).supportCount()).isEqualTo(3);
		assertThat(view(duplicate).status()).isEqualTo(ConcernStatus.NOT_ACTIONABLE);
		assertThat(newNoiseReports()).as("a merged duplicate is not counted as a new report").isEqualTo(newBefore - 1);
		assertThat(new Browser(this.port).get("/concerns/" + duplicate + "?lang=es").body())
			.contains("Este asunto fue unido al asunto " + surviving);
		assertThat(view(duplicate).latestPublicUpdate()).contains("asunto " + surviving);
		String queue = officer.get("/concerns/triage?status=all").body();
		assertThat(queue).doesNotContain("data-concern-id=\"" + duplicate + "\"")
			.contains("data-concern-id=\"" + surviving + "\"");
		assertThat(act(officer, duplicate, "merge", "into", surviving.toString()).statusCode()).isEqualTo(409);
		assertThat(act(officer, duplicate, "status", "status", "OPEN").statusCode()).isEqualTo(409);
		assertThat(this.jdbc.sql("select actor_account_id from concern_merges where duplicate_id = ?")
			.param(duplicate.value())
			.query(Long.class)
			.single()).isEqualTo(this.northOfficer.id());
		assertThat(act(officer, surviving, "status", "status", "IN_PROGRESS", "publicUpdate",
				"Officers will visit on Saturday.")
			.statusCode()).isEqualTo(302);
		assertThat(noticeTo(email, "Officers will visit on Saturday.")).isTrue();
	}

	@Test
	void refusesToMergeIntoAClosedConcern() {
		ConcernId duplicate = reportInTheNorth("Speeding cars on Fargo near the school crossing.");
		ConcernId closed = reportInTheNorth("Cars speed down Fargo by the school every morning.");
		Browser officer = signedIn(this.northOfficer);
		act(officer, closed, "status", "status", "RESOLVED");
		HttpResponse<String> refused = act(officer, duplicate, "merge", "into", closed.toString());
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains("is closed. Reopen it first");
		assertThat(view(duplicate).status()).isEqualTo(ConcernStatus.OPEN);
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefused() {
		ConcernId id = reportInTheNorth("Needles found by the bus stop on Clark.");
		Browser officer = signedIn(this.northOfficer);
		HttpResponse<String> forged = officer.postForm("/concerns/triage/" + id + "/acknowledge", Map.of());
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(view(id).status()).isEqualTo(ConcernStatus.OPEN);
	}

	@Test
	void speaksSpanish() {
		ConcernId id = reportInTheNorth("Ruido de fiestas hasta la madrugada en la esquina.");
		Browser officer = signedIn(this.northOfficer);
		assertThat(officer.get("/concerns/triage?lang=es").body()).contains("Triaje").contains("Pendientes");
		assertThat(officer.get("/concerns/triage/" + id + "?lang=es").body()).contains("Marcar como recibido")
			.contains("Notas internas (solo personal)");
	}

	private long newNoiseReports() {
		return this.statistics.counts(List.of(this.north.beat()), null, Instant.now().minus(Duration.ofHours(1)))
			.stream()
			.filter((count) -> count.category().equals("noise"))
			.mapToLong(ConcernCount::reportedSince)
			.sum();
	}

	private String token(AccountView account) {
		HttpResponse<String> issued = new Browser(this.port).json("POST", "/api/v1/auth/token",
				"{\"username\":\"" + account.username() + "\",\"password\":\"" + PASSWORD + "\"}", null);
		assertThat(issued.statusCode()).isEqualTo(200);
		return issued.body().replaceAll("(?s).*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
	}

	@Test
	void theApiKeepsTheSameScopeAndRules() {
		ConcernId id = reportWithContact("Broken fence around the empty lot on Fargo.", "api@example.com");
		Browser client = new Browser(this.port);
		String officer = token(this.northOfficer);
		assertThat(client.json("GET", "/api/v1/concerns/triage", null, null).statusCode()).isEqualTo(401);
		assertThat(client.json("GET", "/api/v1/concerns/triage", null, token(this.resident)).statusCode())
			.isEqualTo(403);
		assertThat(client.json("GET", "/api/v1/concerns/triage", null, officer).body())
			.contains("Broken fence around the empty lot");
		assertThat(client.json("GET", "/api/v1/concerns/triage?beat=nonsense", null, officer).statusCode())
			.isEqualTo(400);
		assertThat(client.json("GET", "/api/v1/concerns/triage/" + id, null, token(this.loopOfficer)).statusCode())
			.isEqualTo(403);
		HttpResponse<String> bad = client.json("POST", "/api/v1/concerns/triage/" + id + "/status",
				"{\"status\":\"FLYING\"}", officer);
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("\"field\":\"status\"");
		assertThat(client.json("POST", "/api/v1/concerns/triage/" + id + "/status", "{\"status\":\"OPEN\"}", officer)
			.statusCode()).isEqualTo(409);
		assertThat(client
			.json("POST", "/api/v1/concerns/triage/" + id + "/status", "{\"status\":\"ACKNOWLEDGED\"}", officer)
			.statusCode()).isEqualTo(200);
		assertThat(client.json("POST", "/api/v1/concerns/triage/" + id + "/notes", "{\"note\":\"\"}", officer)
			.statusCode()).isEqualTo(400);
		HttpResponse<String> contact = client.json("POST", "/api/v1/concerns/triage/" + id + "/contact", null, officer);
		assertThat(contact.statusCode()).isEqualTo(200);
		assertThat(contact.body()).contains("api@example.com");
		assertThat(this.jdbc.sql("select channel from concern_contact_views where concern_id = ?")
			.param(id.value())
			.query(String.class)
			.single()).isEqualTo("API");
	}

	private boolean noticeTo(String email, String text) throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			long found = this.jdbc
				.sql("select count(*) from notices where email_address = ? and body like ? and link like '/concerns/%'")
				.params(email, "%" + text + "%")
				.query(Long.class)
				.single();
			if (found > 0) {
				return true;
			}
			Thread.sleep(100);
		}
		return false;
	}

}
