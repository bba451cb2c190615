package org.beatbridge.problems;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.beatbridge.concerns.ConcernId;
import org.beatbridge.concerns.ConcernSource;
import org.beatbridge.concerns.Concerns;
import org.beatbridge.concerns.Contact;
import org.beatbridge.concerns.NewConcern;
import org.beatbridge.identity.Accounts;
import org.beatbridge.identity.Browser;
import org.beatbridge.identity.NewAccount;
import org.beatbridge.identity.Role;
import org.beatbridge.meetings.MeetingId;
import org.beatbridge.meetings.MeetingKind;
import org.beatbridge.meetings.MeetingOccurrence;
import org.beatbridge.meetings.Meetings;
import org.beatbridge.meetings.NewMeeting;
import org.beatbridge.meetings.domain.Agenda;
import org.beatbridge.meetings.domain.AgendaGenerator;
import org.beatbridge.notifications.domain.EmailDelivery;
import org.beatbridge.problems.domain.ActionStatus;
import org.beatbridge.problems.domain.Actor;
import org.beatbridge.problems.domain.Analysis;
import org.beatbridge.problems.domain.CaseRefused;
import org.beatbridge.problems.domain.CaseWork;
import org.beatbridge.problems.domain.ConcernLinks;
import org.beatbridge.problems.domain.OpenCase;
import org.beatbridge.problems.domain.OwnerType;
import org.beatbridge.problems.domain.ResponseAction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Residents' concerns behind a case: linked and counted, suggested as clusters, their
 * reporters told (by real SMTP: GreenMail) when the case moves on; and the overdue
 * actions of a beat's cases on its next meeting's agenda.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "spring.mail.host=127.0.0.1",
		"beatbridge.notifications.delivery-initial-delay=PT1H", "beatbridge.public-url=https://beatbridge.example/" })
class LinkedConcernsTests {

	static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	// a block of N Kedzie Ave in beat 1713 (district 17)
	static final double LATITUDE = 41.967412455;

	static final double LONGITUDE = -87.704773815;

	static final String PASSWORD = "lantern orbit tamale gravel";

	static final Actor OFFICER = new Actor(null, "Officer Quetzal Ruiz");

	static final GreenMail MAIL = startMail();

	private static final AtomicInteger sequence = new AtomicInteger();

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
	}

	@AfterAll
	static void stopMail() {
		MAIL.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	Concerns concerns;

	@Autowired
	CaseWork work;

	@Autowired
	ConcernLinks links;

	@Autowired
	EmailDelivery delivery;

	@Autowired
	Accounts accounts;

	@Autowired
	Meetings meetings;

	@Autowired
	AgendaGenerator agendas;

	@Test
	void theReporterOfALinkedConcernHearsWhenTheCaseAdvancesAndTheReporterOfAnotherDoesNot() {
		ConcernId linked = report("noise", "Music from the garage every night.", "lupe@example.org", "en", 0);
		ConcernId spanish = report("noise", "Fiestas hasta las 3 de la mañana.", "marta@example.org", "es", 0.0003);
		ConcernId other = report("noise", "Loud car stereos on the corner.", "omar@example.org", "en", 0.0006);
		long id = this.work.open(new OpenCase("Late-night noise on Kedzie", "Parties and music every night", null,
				List.of("1713"), List.of("disorder"), null), OFFICER);
		this.links.link(id, linked.value(), OFFICER);
		this.links.link(id, spanish.value(), OFFICER);
		this.links.link(id, linked.value(), OFFICER);
		assertThat(this.links.linkedIds(id)).containsExactly(linked.value(), spanish.value());

		int version = this.work.get(id).version();
		this.work.moveTo(id, version, ProblemStage.ANALYSIS, "Chosen at the beat meeting", Optional.empty(), OFFICER);

		Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
			this.delivery.deliverDueEmails();
			return bodies("lupe@example.org").stream().anyMatch((body) -> body.contains("moved to analysis"))
					&& bodies("marta@example.org").stream()
						.anyMatch((body) -> body.contains("pasó a la etapa de análisis"));
		});
		List<MimeMessage> lupe = received("lupe@example.org");
		assertThat(lupe).hasSize(2);
		assertThat(subject(lupe.get(0))).isEqualTo("News about your concern " + linked);
		assertThat(bodies("lupe@example.org")).anyMatch((body) -> body.contains("is now part of the problem-solving"))
			.allMatch((body) -> body.contains("Late-night noise on Kedzie"))
			.noneMatch((body) -> body.contains("Quetzal"));
		assertThat(received("omar@example.org")).isEmpty();
		assertThat(this.concerns.find(linked).orElseThrow().latestPublicUpdate()).contains("moved to analysis")
			.doesNotContain("Quetzal");
		assertThat(this.concerns.find(other).orElseThrow().latestPublicUpdate()).isNull();
	}

	@Test
	void aClusterOfSimilarConcernsIsSuggestedAndOpensACaseWithThemLinkedAndCounted() {
		ConcernId first = report("graffiti", "Tags on the viaduct wall.", "ana@example.org", "en", 0.0001);
		ConcernId second = report("graffiti", "New gang tags on the garage doors.", null, "en", 0.0003);
		ConcernId third = report("graffiti", "Graffiti on the mailbox and the bus shelter.", null, "en", 0.0005);
		this.concerns.meToo(third, "account:77");
		String reference = List.of(first, second, third)
			.stream()
			.map((c) -> String.valueOf(c.value()))
			.sorted()
			.reduce((a, b) -> a + "," + b)
			.orElseThrow();

		Browser officer = signedIn(Role.OFFICER, "Officer Quetzal Ruiz");
		String list = officer.get("/problems?district=17").body();
		assertThat(list).contains("data-cluster=\"" + reference + "\"").contains("3 concerns in beat 1713");

		String form = officer.get("/problems/new?cluster=" + reference).body();
		assertThat(form).contains("Graffiti near")
			.contains("name=\"concerns\" value=\"" + first.value() + "\"")
			.contains("New gang tags on the garage doors.")
			.containsPattern("value=\"vandalism\"\\s+checked");
		HttpResponse<String> opened = officer.submit("/problems", "title", "Graffiti on the Kedzie viaduct", "beats",
				"1713", "statement", "Tags every weekend", "categories", "vandalism", "concerns", reference);
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(302);
		String path = path(opened);
		String page = officer.get(path).body();
		assertThat(page).contains("data-fact=\"source\">Residents&#39;")
			.contains("3 concerns linked, 1 &quot;me too&quot;")
			.contains("data-concern=\"" + second.value() + "\"");
		assertThat(officer.get("/problems?district=17").body()).doesNotContain("data-cluster=\"" + reference + "\"");

		String publicPage = new Browser(this.port).get("/beats/1713/problems").body();
		assertThat(publicPage).contains("3 resident concerns behind it")
			.contains("Graffiti on the mailbox and the bus shelter.")
			.doesNotContain("ana@example.org")
			.doesNotContain("Quetzal");
		assertThat(new Browser(this.port).get("/beats/1713/problems?lang=es").body())
			.contains("3 asuntos de vecinos detrás del caso");
	}

	@Test
	void anOfficerLinksAndUnlinksAConcernFromTheCasePageAndBadNumbersAreExplainedBesideTheField() {
		ConcernId nearby = report("loitering", "Men drinking on the corner all day.", null, "en", 0.0002);
		ConcernId elsewhere = this.concerns
			.report(NewConcern.anonymousAt("loitering", "Crowd outside the store on Fargo.", 42.01605, -87.67640))
			.id();
		Browser officer = signedIn(Role.OFFICER, "Officer Ruiz");
		officer.get("/problems/new");
		String path = path(officer.submit("/problems", "title", "Abandoned vehicles", "beats", "1713", "statement",
				"Cars left to rot on the side streets"));
		String page = officer.get(path).body();
		assertThat(page).contains("No concern is linked yet.")
			.contains("data-candidate=\"" + nearby.value() + "\"")
			.doesNotContain("id=\"category-null\"");

		HttpResponse<String> letters = officer.submit(path + "/concerns", "concernId", "abc");
		assertThat(letters.statusCode()).isEqualTo(422);
		assertThat(letters.body()).contains("id=\"concernId-error\"").contains("digits only");
		officer.get(path);
		HttpResponse<String> missing = officer.submit(path + "/concerns", "concernId", "987654321");
		assertThat(missing.statusCode()).isEqualTo(422);
		assertThat(missing.body()).contains("There is no concern 987654321.");
		officer.get(path);
		HttpResponse<String> outside = officer.submit(path + "/concerns", "concernId",
				String.valueOf(elsewhere.value()));
		assertThat(outside.body()).contains("is in beat 2424, which this case does not cover");
		officer.get(path + "?lang=es");
		assertThat(officer.submit(path + "/concerns", "concernId", " ").body())
			.contains("Indique el número del asunto");

		officer.get(path + "?lang=en");
		assertThat(officer.submit(path + "/concerns", "concernId", "#" + nearby.value()).statusCode()).isEqualTo(302);
		assertThat(officer.get(path).body()).contains("1 concern linked")
			.contains("Men drinking on the corner all day.");
		assertThat(officer.submit(path + "/concerns/" + nearby.value() + "/unlink").statusCode()).isEqualTo(302);
		assertThat(officer.get(path).body()).contains("No concern is linked yet.");
		assertThat(officer.get("/problems/987654/concerns").statusCode()).isIn(404, 405);
	}

	@Test
	void theApiLinksConcernsAndAnswersBadRequestsWithProblemDetails() {
		ConcernId concern = report("gambling", "Dice games in the street every night.", "dee@example.org", "en",
				0.0001);
		long id = this.work.open(
				new OpenCase("Speeding on side streets", "Racing at night", null, List.of("1713"), List.of(), null),
				OFFICER);
		Browser api = new Browser(this.port);
		String path = "/api/v1/problems/" + id + "/concerns";
		assertThat(api.json("POST", path, "{\"concernId\":" + concern.value() + "}", null).statusCode()).isEqualTo(401);
		String token = token(api, Role.OFFICER);

		HttpResponse<String> empty = api.json("POST", path, "{}", token);
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(empty.body()).contains("\"parameter\":\"concernId\"");
		HttpResponse<String> unknown = api.json("POST", path, "{\"concernId\":987654321}", token);
		assertThat(unknown.statusCode()).isEqualTo(422);
		assertThat(unknown.body()).contains("\"field\":\"concernId\"").contains("There is no concern 987654321.");
		assertThat(api.json("POST", path, "{\"concernId\":\"twelve\"}", token).statusCode()).isEqualTo(400);
		assertThat(api.json("POST", "/api/v1/problems/abc/concerns", "{}", token).statusCode()).isEqualTo(400);
		HttpResponse<String> noCase = api.json("GET", "/api/v1/problems/987654/concerns", null, null);
		assertThat(noCase.statusCode()).isEqualTo(404);
		assertThat(noCase.body()).contains("case-not-found");

		HttpResponse<String> linked = api.json("POST", path, "{\"concernId\":" + concern.value() + "}", token);
		assertThat(linked.statusCode()).as(linked.body()).isEqualTo(201);
		String read = api.json("GET", path, null, null).body();
		assertThat(read).contains("\"count\":1")
			.contains("Dice games in the street every night.")
			.doesNotContain("dee@example.org");
		assertThat(api.json("DELETE", path + "/" + concern.value(), null, token).statusCode()).isEqualTo(204);
		HttpResponse<String> again = api.json("DELETE", path + "/" + concern.value(), null, token);
		assertThat(again.statusCode()).isEqualTo(404);
		assertThat(again.body()).contains("concern-not-linked");
	}

	@Test
	void aClosedCaseTakesNoMoreConcerns() {
		ConcernId concern = report("street-light-out", "The alley light is out.", null, "en", 0.0001);
		long id = this.work.open(new OpenCase("Dark alleys", "Lights out", null, List.of("1713"), List.of(), null),
				OFFICER);
		takeToClosed(id);
		assertThatThrownBy(() -> this.links.link(id, concern.value(), OFFICER)).isInstanceOf(CaseRefused.class)
			.hasMessageContaining("CLOSED");
	}

	@Test
	void theNextMeetingsAgendaListsTheBeatsOverdueCaseActionsByRole() {
		long id = this.work.open(new OpenCase("Dark alley behind Kedzie", "Robberies in the dark alley", null,
				List.of("1713"), List.of("robbery"), null), OFFICER);
		toResponse(id);
		LocalDate lastWeek = LocalDate.now(CHICAGO).minusDays(7);
		this.work.addAction(id, this.work.get(id).version(),
				new ResponseAction(null, "Repair the alley lights", OwnerType.CITY_SERVICE, "Streets and Sanitation",
						null, false, "SR17-00999", lastWeek, ActionStatus.PLANNED));
		this.work.addAction(id, this.work.get(id).version(),
				new ResponseAction(null, "Walk the alley with neighbours", OwnerType.RESIDENT, "Block club captain",
						"Marisol Privada", false, null, lastWeek.plusDays(1), ActionStatus.PLANNED));
		this.work.addAction(id, this.work.get(id).version(),
				new ResponseAction(null, "Ask for a POD camera", OwnerType.OFFICER, "Beat officer", null, false, null,
						LocalDate.now(CHICAGO).plusDays(30), ActionStatus.PLANNED));

		LocalDateTime start = LocalDate.now(CHICAGO).plusDays(2).atTime(LocalTime.of(18, 30));
		MeetingId meeting = this.meetings.schedule(new NewMeeting(List.of("1713"), null, MeetingKind.IN_PERSON,
				"Albany Park Library", null, null, start, start.plusHours(1), null, List.of("en"), false));
		MeetingOccurrence next = this.meetings.occurrence(meeting, start.atZone(CHICAGO).toInstant()).orElseThrow();

		Agenda agenda = this.agendas.generate(next, Locale.ENGLISH);
		assertThat(agenda.feedback()).contains("Overdue actions of the beat's problem-solving cases:")
			.contains("- Repair the alley lights, case \"Dark alley behind Kedzie\" (City service: Streets and "
					+ "Sanitation, 311 request SR17-00999, due")
			.contains("Walk the alley with neighbours, case \"Dark alley behind Kedzie\" (Resident: Block club captain")
			.doesNotContain("Marisol")
			.doesNotContain("Ask for a POD camera");
		assertThat(agenda.feedback().indexOf("Repair the alley lights"))
			.isLessThan(agenda.feedback().indexOf("Walk the alley"));
		assertThat(this.agendas.generate(next, Locale.forLanguageTag("es")).feedback())
			.contains("Acciones atrasadas de los casos de resolución de problemas del sector:")
			.contains("(Servicio de la ciudad: Streets and Sanitation, solicitud al 311 SR17-00999, para el");
	}

	private void toResponse(long id) {
		this.work.moveTo(id, this.work.get(id).version(), ProblemStage.ANALYSIS, "Chosen", Optional.empty(), OFFICER);
		this.work.recordAnalysis(id, this.work.get(id).version(), new Analysis("Robbers from outside the beat",
				"People walking home", "The alley", null, "Neighbours", null, "Darkness invites them", "Reports"));
		this.work.moveTo(id, this.work.get(id).version(), ProblemStage.RESPONSE, "Plan agreed", Optional.empty(),
				OFFICER);
	}

	private void takeToClosed(long id) {
		toResponse(id);
		this.work.addAction(id, this.work.get(id).version(), new ResponseAction(null, "Fix the light",
				OwnerType.OFFICER, "Beat officer", null, false, null, LocalDate.now(CHICAGO), ActionStatus.DONE));
		this.work.moveTo(id, this.work.get(id).version(), ProblemStage.ASSESSMENT, "Done", Optional.empty(), OFFICER);
		this.work.assess(id, this.work.get(id).version(), 4, null, org.beatbridge.problems.domain.Outcome.SOLVED);
		this.work.moveTo(id, this.work.get(id).version(), ProblemStage.CLOSED, "Solved", Optional.empty(), OFFICER);
	}

	/** A concern near the block of beat 1713, {@code north} degrees of latitude away. */
	private ConcernId report(String category, String description, String email, String locale, double north) {
		Contact contact = (email != null) ? new Contact("Resident " + email, email, null) : Contact.NONE;
		return this.concerns
			.report(new NewConcern(category, description, LATITUDE + north, LONGITUDE, null, null, contact,
					email == null, null, ConcernSource.WEB, Map.of(), null, locale))
			.id();
	}

	private Browser signedIn(Role role, String displayName) {
		String username = account(role, displayName);
		Browser browser = new Browser(this.port);
		browser.get("/login");
		HttpResponse<String> signedIn = browser.submit("/login", "username", username, "password", PASSWORD);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		return browser;
	}

	private String account(Role role, String displayName) {
		String username = role.name().toLowerCase() + sequence.incrementAndGet() + "-" + System.nanoTime();
		this.accounts.create(new NewAccount(username, username + "@example.com", displayName, PASSWORD, Set.of(role),
				"4711", 17, List.of("1713")));
		return username;
	}

	private String token(Browser api, Role role) {
		String username = account(role, "Officer Api");
		HttpResponse<String> response = api.json("POST", "/api/v1/auth/token",
				"{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}", null);
		assertThat(response.statusCode()).isEqualTo(200);
		Matcher matcher = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(response.body());
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private static String path(HttpResponse<String> redirect) {
		String location = redirect.headers().firstValue("Location").orElseThrow();
		return location.replaceFirst("^https?://[^/]+", "").replaceFirst("#.*$", "");
	}

	private static List<MimeMessage> received(String address) {
		return Arrays.stream(MAIL.getReceivedMessages()).filter((message) -> {
			try {
				return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.anyMatch((to) -> to.toString().contains(address));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static List<String> bodies(String address) {
		return received(address).stream().map(LinkedConcernsTests::body).toList();
	}

	private static String body(MimeMessage message) {
		try {
			return String.valueOf(message.getContent());
		}
		catch (IOException | jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static GreenMail startMail() {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
		mail.start();
		return mail;
	}

}
