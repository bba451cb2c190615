package org.beatbridge.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Locator;
import org.awaitility.Awaitility;
import com.microsoft.playwright.options.AriaRole;
import org.beatbridge.BrowserTest;
import org.beatbridge.concerns.ConcernId;
import org.beatbridge.concerns.ConcernSource;
import org.beatbridge.concerns.Concerns;
import org.beatbridge.concerns.Contact;
import org.beatbridge.concerns.NewConcern;
import org.beatbridge.crime.CrimeImport;
import org.beatbridge.geography.Beats;
import org.beatbridge.identity.Accounts;
import org.beatbridge.identity.NewAccount;
import org.beatbridge.identity.Role;
import org.beatbridge.meetings.MeetingId;
import org.beatbridge.meetings.PriorityProblemSelected;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer takes a beat meeting's priority from scanning, with a resident's concern
 * linked, to its assessment and closing, in a real browser, phone-sized, under the strict
 * Content-Security-Policy.
 */
class ProblemCaseBrowserTests extends BrowserTest {

	private static final String PASSWORD = "lantern orbit tamale gravel";

	@Autowired
	Accounts accounts;

	@Autowired
	CrimeImport crimes;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Concerns concerns;

	@Autowired
	Beats beats;

	@Test
	void anOfficerLinksAConcernAndTakesAMeetingPriorityFromScanningToItsClosing() {
		RealCrimeData.ensureImported(this.crimes, this.jdbc);
		java.util.UUID priority = java.util.UUID.randomUUID();
		this.transactions
			.executeWithoutResult((status) -> this.events.publishEvent(new PriorityProblemSelected(priority,
					new MeetingId(java.util.UUID.randomUUID()), java.time.Instant.parse("2017-01-24T00:30:00Z"), "4",
					List.of("0421"), "Robberies near the 79th Street bus stop",
					"Phones taken from people waiting for the bus after dark.")));
		Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.until(() -> this.jdbc.sql("SELECT count(*) FROM problem_cases WHERE source_reference = ?")
				.param(priority.toString())
				.query(Integer.class)
				.single() == 1);
		ConcernId concern = reportConcernIn("0421");
		List<String> problems = new ArrayList<>();
		this.page.onConsoleMessage((message) -> {
			// The two refusals below answer 422 on purpose; anything else (a CSP
			// violation,
			// a script error) is a fault
			if ("error".equals(message.type()) && !message.location().contains("/favicon.ico")
					&& !message.text().contains("status of 422")) {
				problems.add(message.text());
			}
		});
		this.page.setViewportSize(390, 844);
		signInAsOfficer();

		open("/problems?district=4");
		this.page
			.getByRole(AriaRole.LINK,
					new com.microsoft.playwright.Page.GetByRoleOptions()
						.setName("Robberies near the 79th Street bus stop"))
			.click();
		assertThat(this.page.locator("[data-fact=source]")).hasText("Beat meeting priority");
		this.page.getByLabel("Robbery").check();
		this.page.locator("#scanning-form button[type=submit]").click();
		assertThat(this.page.getByLabel("Robbery")).isChecked();
		assertThat(this.page.locator("#case-work")).hasAttribute("data-stage", "SCANNING");

		// The resident's concern behind it: a wrong number is explained beside the field
		this.page.getByLabel("Concern number").fill("12x");
		this.page.locator("#link-concern-form button[type=submit]").click();
		assertThat(this.page.locator("#concernId-error")).containsText("digits only");
		this.page.getByLabel("Concern number").fill("#" + concern.value());
		this.page.locator("#link-concern-form button[type=submit]").click();
		assertThat(this.page.locator("[data-concern-count]")).hasText("1 concern linked, no \"me too\"");
		assertThat(this.page.locator("#linked-concerns")).containsText("The bus stop is dark and people get robbed.");

		move("Analysis", "The meeting made it the beat's priority.");
		assertThat(this.page.locator("#case-work")).hasAttribute("data-stage", "ANALYSIS");

		// Too early: the case refuses the response and says why beside the form
		move("Response", "Let us start.");
		assertThat(this.page.locator("#stage .notice-error")).containsText("Complete the analysis first");

		this.page.getByLabel("Offender").fill("Two or three young men on foot");
		this.page.getByLabel("Victim or target").fill("Commuters holding phones");
		this.page.getByLabel("Place").fill("The bus stop and the dark lot beside it");
		this.page.getByLabel("Manager", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
			.fill("The lot's owner; the CTA");
		this.page.getByLabel("Hypotheses").fill("The unlit lot gives cover and a way out");
		this.page.getByLabel("Data looked at").fill("Robberies in beat 0421 over 12 weeks");
		this.page.locator("#analysis button[type=submit]").click();

		this.page.locator("#stage").getByLabel("Response", new Locator.GetByLabelOptions().setExact(true)).check();
		this.page.locator("#stage").getByLabel("Why").fill("The analysis points at the lot.");
		this.page.getByLabel("The response started on (optional)").fill("2017-01-30");
		this.page.locator("#stage button[type=submit]").click();
		assertThat(this.page.locator("#case-work")).hasAttribute("data-stage", "RESPONSE");

		this.page.getByLabel("What will be done").fill("Light the lot beside the stop");
		this.page.getByLabel("Who carries it out").selectOption("CITY_SERVICE");
		this.page.getByLabel("Their role").fill("Streets and Sanitation");
		this.page.getByLabel("Due date").fill("2017-02-10");
		this.page.locator("#add-action button[type=submit]").click();
		assertThat(this.page.locator("#serviceRequest-error")).containsText("311 service request number");
		this.page.getByLabel("311 service request number").fill("SR17-00098765");
		this.page.locator("#add-action button[type=submit]").click();
		Locator action = this.page.locator(".action-item",
				new com.microsoft.playwright.Page.LocatorOptions().setHasText("Light the lot beside the stop"));
		assertThat(action).hasAttribute("data-status", "PLANNED");

		// htmx swaps the case in place: no navigation, and the forms carry the new
		// version
		String before = this.page.locator("#case-work").getAttribute("data-version");
		action.getByLabel("Status").selectOption("DONE");
		action.getByRole(AriaRole.BUTTON).click();
		assertThat(this.page.locator(".action-item[data-status=DONE]")).hasCount(1);
		assertThat(this.page.locator("#case-work")).not().hasAttribute("data-version", before);

		move("Assessment", "The lot is lit.");
		assertThat(this.page.locator("#case-work")).hasAttribute("data-stage", "ASSESSMENT");
		this.page.getByLabel("Weeks compared on each side").fill("4");
		this.page.getByLabel("Residents' assessment").fill("Neighbors say the stop feels safer at night.");
		this.page.getByLabel("Outcome").selectOption("REDUCED");
		this.page.locator("#assessment button[type=submit]").click();

		assertThat(this.page.locator("tr[data-period=before] th")).hasText("Before: 2017-01-02 to 2017-01-29");
		assertThat(this.page.locator("tr[data-period=after] th")).hasText("After: 2017-01-30 to 2017-02-26");
		int expectedBefore = count("2017-01-02", "2017-01-30");
		int expectedAfter = count("2017-01-30", "2017-02-27");
		assertThat(this.page.locator("tr[data-period=before] td[data-count]")).hasText(String.valueOf(expectedBefore));
		assertThat(this.page.locator("tr[data-period=after] td[data-count]")).hasText(String.valueOf(expectedAfter));

		move("Close the case", "Robberies went down and residents agree.");
		assertThat(this.page.locator("#case-work")).hasAttribute("data-stage", "CLOSED");

		open("/beats/0421/problems");
		assertThat(this.page.locator("main")).containsText("Robberies near the 79th Street bus stop");
		assertThat(this.page.locator("[data-outcome]")).hasText("Reduced");
		assertThat(this.page.locator("[data-public-concerns] [data-concern-count]"))
			.hasText("1 resident concern behind it");
		assertThat(this.page.locator("main")).not().containsText("Officer Browser");
		assertThat(this.page.locator("main")).not().containsText("rosa@example.org");
		// the resident who raised it is told, on the concern's own timeline
		Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.until(() -> String.valueOf(this.concerns.find(concern).orElseThrow().latestPublicUpdate())
				.contains("has been closed"));
		assertThat(problems).isEmpty();
	}

	/** A concern at a point of the beat (an incident's place the map also puts in it). */
	private ConcernId reportConcernIn(String beat) {
		List<double[]> points = this.jdbc.sql("""
				SELECT latitude, longitude FROM crime_incidents WHERE assigned_beat = ? AND latitude IS NOT NULL
				ORDER BY id LIMIT 50""")
			.param(beat)
			.query((rs, n) -> new double[] { rs.getDouble(1), rs.getDouble(2) })
			.list();
		double[] inside = points.stream()
			.filter((p) -> this.beats.locate(p[0], p[1]).map((found) -> found.beat().equals(beat)).orElse(false))
			.findFirst()
			.orElseThrow();
		return this.concerns
			.report(new NewConcern("other", "The bus stop is dark and people get robbed.", inside[0], inside[1], null,
					null, new Contact("Rosa", "rosa@example.org", null), false, null, ConcernSource.WEB,
					java.util.Map.of(), null, "en"))
			.id();
	}

	private void move(String stage, String reason) {
		this.page.locator("#stage").getByLabel(stage, new Locator.GetByLabelOptions().setExact(true)).check();
		this.page.locator("#stage").getByLabel("Why").fill(reason);
		this.page.locator("#stage button[type=submit]").click();
	}

	private int count(String from, String until) {
		return this.jdbc.sql("""
				SELECT count(*) FROM crime_incidents WHERE assigned_beat = '0421' AND category = 'robbery'
				AND occurred_at >= ?::timestamp AND occurred_at < ?::timestamp""")
			.params(from, until)
			.query(Integer.class)
			.single();
	}

	private void signInAsOfficer() {
		String username = "browser-officer" + System.nanoTime();
		this.accounts.create(new NewAccount(username, null, "Officer Browser", PASSWORD, Set.of(Role.OFFICER), "8123",
				4, List.of("0421")));
		open("/login");
		this.page.locator("#username").fill(username);
		this.page.locator("#password").fill(PASSWORD);
		this.page.locator("form button[type=submit]").click();
		this.page.waitForURL((url) -> !url.contains("/login"));
	}

}
