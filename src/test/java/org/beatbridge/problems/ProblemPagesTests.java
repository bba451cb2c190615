package org.beatbridge.problems;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.beatbridge.crime.CrimeImport;
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
 * Officers work a case over HTTP the way the forms do; the public pages show what is
 * being done without anyone's personal data.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class ProblemPagesTests {

	static final String PASSWORD = "lantern orbit tamale gravel";

	private static final AtomicInteger sequence = new AtomicInteger();

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	CrimeImport crimes;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProblemCases problemCases;

	@Test
	void onlyOfficersSupervisorsAndCoordinatorsWorkCases() {
		assertThat(new Browser(this.port).get("/problems").statusCode()).isEqualTo(302);
		assertThat(signedIn(Role.RESIDENT, "Rosa Resident").get("/problems").statusCode()).isEqualTo(403);
		assertThat(signedIn(Role.SUPERVISOR, "Sgt. Lee").get("/problems").statusCode()).isEqualTo(200);
		assertThat(signedIn(Role.COORDINATOR, "Coordinator Diaz").get("/problems/new").statusCode()).isEqualTo(200);
	}

	@Test
	void badInputIsExplainedBesideTheField() {
		Browser officer = signedIn(Role.OFFICER, "Officer Ruiz");
		officer.get("/problems/new");
		HttpResponse<String> empty = officer.submit("/problems", "title", " ", "beats", "17x", "statement", "");
		assertThat(empty.statusCode()).isEqualTo(422);
		assertThat(empty.body()).contains("id=\"title-error\"")
			.contains("Give the case a title.")
			.contains("Give four-digit beat numbers")
			.contains("Describe the problem.");

		HttpResponse<String> twoDistricts = officer.submit("/problems", "title", "Break-ins", "beats", "1713, 0421",
				"statement", "Cars");
		assertThat(twoDistricts.statusCode()).isEqualTo(422);
		assertThat(twoDistricts.body()).contains("id=\"beats-error\"").contains("must all be in one district");

		HttpResponse<String> unknown = officer.submit("/problems", "title", "Break-ins", "beats", "9999", "statement",
				"Cars");
		assertThat(unknown.body()).contains("There is no beat 9999.");
		assertThat(officer.get("/problems/987654").statusCode()).isEqualTo(404);
		assertThat(officer.get("/problems/abc").statusCode()).isEqualTo(400);
	}

	@Test
	void anOfficerTakesACaseThroughTheStagesAndThePublicSeesItWithoutPersonalData() {
		RealCrimeData.ensureImported(this.crimes, this.jdbc);
		Browser officer = signedIn(Role.OFFICER, "Officer Quetzal Ruiz");
		officer.get("/problems/new");
		HttpResponse<String> opened = officer.submit("/problems", "title", "Garage burglaries off Lawrence", "beats",
				"1713", "statement", "Garages broken into at night along the alleys.", "whyPriority",
				"Raised at two beat meetings", "categories", "burglary");
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(302);
		String path = path(opened);
		long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));

		HttpResponse<String> page = officer.get(path);
		assertThat(page.body()).contains("Garage burglaries off Lawrence").contains("id=\"scanning\"");
		HttpResponse<String> analysing = officer.submit(path + "/stage", "version", version(page), "target", "ANALYSIS",
				"reason", "Agreed priority");
		assertThat(analysing.statusCode()).as(analysing.body()).isEqualTo(302);

		page = officer.get(path);
		HttpResponse<String> tooEarly = officer.submit(path + "/stage", "version", version(page), "target", "RESPONSE",
				"reason", "Let us act");
		assertThat(tooEarly.statusCode()).isEqualTo(422);
		assertThat(tooEarly.body()).contains("Complete the analysis first");

		officer.submit(path + "/analysis", "version", version(page), "offender", "Young adults from nearby blocks",
				"victimTarget", "Unlocked garages", "place", "Alleys behind the 4800 block", "guardian",
				"Block club on watch", "hypotheses", "Dark alleys and open garages", "dataExamined",
				"Burglaries of the last 12 weeks");
		page = officer.get(path);
		String stale = version(page);
		assertThat(officer
			.submit(path + "/stage", "version", stale, "target", "RESPONSE", "reason", "Analysis agreed",
					"responseStartedOn", "2017-01-30")
			.statusCode()).isEqualTo(302);

		// The same (now stale) version again: someone else changed the case meanwhile
		HttpResponse<String> conflict = officer.submit(path + "/analysis", "version", stale, "offender", "x");
		assertThat(conflict.statusCode()).isEqualTo(409);
		assertThat(conflict.body()).contains("Someone else changed this case");

		page = officer.get(path);
		HttpResponse<String> noSr = officer.submit(path + "/actions", "version", version(page), "description",
				"Repair the alley lights", "ownerType", "CITY_SERVICE", "ownerRole", "Streets and Sanitation", "dueOn",
				"2017-02-10");
		assertThat(noSr.statusCode()).isEqualTo(422);
		assertThat(noSr.body()).contains("id=\"serviceRequest-error\"").contains("311 service request number");
		officer.submit(path + "/actions", "version", version(page), "description", "Repair the alley lights",
				"ownerType", "CITY_SERVICE", "ownerRole", "Streets and Sanitation", "serviceRequest", "SR17-00123456",
				"dueOn", "2017-02-10");
		page = officer.get(path);
		officer.submit(path + "/actions", "version", version(page), "description", "Garage door check-ins", "ownerType",
				"RESIDENT", "ownerRole", "Block club captain", "ownerName", "Marisol Privada", "dueOn", "2017-02-20");

		assertThat(this.problemCases.overdueActions("1713", java.time.LocalDate.of(2017, 2, 15)))
			.extracting(OverdueAction::description, OverdueAction::ownerRole, OverdueAction::serviceRequest)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Repair the alley lights", "Streets and Sanitation",
					"SR17-00123456"));

		String publicPage = new Browser(this.port).get("/beats/1713/problems").body();
		assertThat(publicPage).contains("Garage burglaries off Lawrence")
			.contains("Block club captain")
			.contains("Streets and Sanitation")
			.contains("SR17-00123456")
			.doesNotContain("Marisol Privada")
			.doesNotContain("Quetzal")
			.doesNotContain("@example.com")
			.doesNotContain("Analysis agreed");

		page = officer.get(path);
		officer.submit(path + "/stage", "version", version(page), "target", "ASSESSMENT", "reason", "Lights fixed");
		page = officer.get(path);
		assertThat(page.body()).contains("data-period=\"before\"").contains("2017-01-02 to 2017-01-29");
		officer.submit(path + "/assessment", "version", version(page), "weeks", "4", "residentsAssessment",
				"The alleys feel safer", "outcome", "REDUCED");
		page = officer.get(path);
		assertThat(officer.submit(path + "/stage", "version", version(page), "target", "CLOSED", "reason", "Assessed")
			.statusCode()).isEqualTo(302);

		Integer before = this.jdbc.sql("SELECT before_incidents FROM problem_cases WHERE id = ?")
			.param(id)
			.query(Integer.class)
			.single();
		String closed = new Browser(this.port).get("/districts/17/problems").body();
		assertThat(closed).contains("Garage burglaries off Lawrence")
			.contains("Reduced")
			.contains("The alleys feel safer")
			.contains("<td data-count>" + before + "</td>")
			.doesNotContain("Quetzal")
			.doesNotContain("Marisol Privada");
		assertThat(new Browser(this.port).get("/districts/17/problems?lang=es").body()).contains("Reducido")
			.contains("Terminados, con su evaluación");
		assertThat(this.jdbc.sql("SELECT count(*) FROM problem_case_stage_changes WHERE case_id = ?")
			.param(id)
			.query(Integer.class)
			.single()).isEqualTo(5);
	}

	@Test
	void theDistrictPlanFlagsAMissingViolenceReductionPriority() {
		Browser officer = signedIn(Role.OFFICER, "Officer Plan");
		officer.get("/problems/new");
		officer.submit("/problems", "title", "Loud late-night parties", "beats", "2532", "statement",
				"Noise and litter on weekends", "categories", "disorder");
		String plan = new Browser(this.port).get("/districts/25/plan").body();
		assertThat(plan).contains("Loud late-night parties")
			.contains("data-check=\"violence\" class=\"plan-check--missing\"")
			.contains("data-check=\"non-violent\" class=\"plan-check--ok\"")
			.containsPattern("/js/problems(-[0-9a-f]+)?\\.js");
		officer.get("/problems/new");
		officer.submit("/problems", "title", "Robberies at the bus stop", "beats", "2532", "statement",
				"Phones taken at gunpoint", "categories", "robbery");
		assertThat(new Browser(this.port).get("/districts/025/plan").body())
			.contains("data-check=\"violence\" class=\"plan-check--ok\"");
		assertThat(new Browser(this.port).get("/districts/99/plan").statusCode()).isEqualTo(404);
		assertThat(new Browser(this.port).get("/beats/abc/problems").statusCode()).isEqualTo(404);
	}

	@Test
	void anOfficerOpensACaseFromASuggestionOrDismissesIt() {
		long kept = this.problemCases
			.suggest(new SuggestedProblem("UPTICK", "0411/arson/test-" + System.nanoTime(), List.of("0411"), "arson",
					"Arson uptick in beat 0411", "9 incidents where about 2 were expected."))
			.orElseThrow();
		long dismissed = this.problemCases
			.suggest(new SuggestedProblem("CONCERNS", "cluster-" + System.nanoTime(), List.of("0411"), null,
					"Abandoned building on the block", null))
			.orElseThrow();
		Browser officer = signedIn(Role.OFFICER, "Officer Suggest");
		String list = officer.get("/problems?district=004").body();
		assertThat(list).contains("data-suggestion=\"" + kept + "\"").contains("Arson uptick in beat 0411");

		HttpResponse<String> form = officer.get("/problems/new?suggestion=" + kept);
		assertThat(form.body()).contains("value=\"Arson uptick in beat 0411\"")
			.contains("value=\"0411\"")
			.contains("name=\"suggestion\" value=\"" + kept + "\"")
			.containsPattern("value=\"arson\"\\s+checked");
		HttpResponse<String> opened = officer.submit("/problems", "suggestion", String.valueOf(kept), "title",
				"Fires set in vacant garages", "beats", "0411", "statement", "Three garages burned in a month",
				"categories", "arson");
		assertThat(opened.statusCode()).isEqualTo(302);
		assertThat(officer.get(path(opened)).body()).contains("data-fact=\"source\">Crime uptick");

		officer.get("/problems?district=4");
		assertThat(officer.submit("/problems/suggestions/" + dismissed + "/dismiss").statusCode()).isEqualTo(302);
		assertThat(officer.get("/problems?district=4").body()).doesNotContain("data-suggestion=\"" + kept + "\"")
			.doesNotContain("data-suggestion=\"" + dismissed + "\"");
		assertThat(new Browser(this.port).get("/beats/0411").body()).contains("href=\"/beats/0411/problems\"");
	}

	@Test
	void theOverdueActionsApiAnswersProblemDetailsForAnUnknownBeat() {
		HttpResponse<String> unknown = new Browser(this.port).get("/api/v1/beats/9999/problems/overdue-actions");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("beat-not-found");
		assertThat(new Browser(this.port).get("/api/v1/beats/1713/problems/overdue-actions").statusCode())
			.isEqualTo(200);
	}

	private Browser signedIn(Role role, String displayName) {
		String username = role.name().toLowerCase() + sequence.incrementAndGet() + "-" + System.nanoTime();
		this.accounts.create(new NewAccount(username, username + "@example.com", displayName, PASSWORD, Set.of(role),
				(role == Role.OFFICER) ? "4711" : null, (role == Role.OFFICER || role == Role.SUPERVISOR) ? 17 : null,
				(role == Role.OFFICER) ? List.of("1713") : List.of()));
		Browser browser = new Browser(this.port);
		browser.get("/login");
		HttpResponse<String> signedIn = browser.submit("/login", "username", username, "password", PASSWORD);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		return browser;
	}

	private static String path(HttpResponse<String> redirect) {
		String location = redirect.headers().firstValue("Location").orElseThrow();
		return location.replaceFirst("^https?://[^/]+", "").replaceFirst("#.*$", "");
	}

	private static String version(HttpResponse<String> page) {
		Matcher matcher = VERSION.matcher(page.body());
		assertThat(matcher.find()).as("a form with the case version").isTrue();
		return matcher.group(1);
	}

}
