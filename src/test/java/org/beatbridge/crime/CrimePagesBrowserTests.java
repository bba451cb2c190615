package org.beatbridge.crime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import org.beatbridge.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class CrimePagesBrowserTests extends BrowserTest {

	/** The beat with the most incidents in the first 2,000 rows of the real 2015 file. */
	private static final String BEAT = "1113";

	@Autowired
	CrimeImport crimes;

	private final List<String> consoleErrors = new ArrayList<>();

	@Autowired
	JdbcClient jdbc;

	/**
	 * Only the first 2,000 real rows (February 2015), so that their week is the latest
	 * with data whatever other tests imported.
	 */
	@BeforeEach
	void importARealSlice() throws IOException {
		this.jdbc.sql("TRUNCATE crime_incidents, crime_weekly_beat_counts, crime_upticks").update();
		List<String> lines = Files.readAllLines(CrimeImportApiTests.REAL_FILE).subList(0, 2001);
		try (InputStream slice = new java.io.ByteArrayInputStream(
				String.join("\n", lines).getBytes(StandardCharsets.UTF_8))) {
			this.crimes.importFrom(slice);
		}
		this.page.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				this.consoleErrors.add(message.text());
			}
		});
	}

	@Test
	void theBeatPageLinksToItsCrimeConditionsWithAChartAndATable() {
		open("/beats/" + BEAT);
		this.page.locator("[data-crime-link]").click();

		this.page.waitForURL(url("/beats/" + BEAT + "/crime"));
		assertThat(this.page.locator("h1")).hasText("Crime conditions in beat " + BEAT);
		assertThat(this.page.locator("[data-crime-chart][data-state=ready] canvas")).isVisible();
		assertThat(this.page.locator("#weekly-table thead th[data-week]")).hasCount(12);
		assertThat(this.page.locator("#weekly-table tbody tr[data-series]").first()).isVisible();
		assertThat(this.page.locator("#weekly-table caption")).containsText("beat " + BEAT);
		assertThat(this.page.locator("#upticks-heading")).isVisible();
		assertThat(this.page.locator("main")).not().containsText("S STATE ST");
		assertThat(this.consoleErrors).as("console errors (a CSP violation shows here)").isEmpty();
	}

	@Test
	void thePeriodSelectorShowsFewerWeeks() {
		open("/beats/" + BEAT + "/crime");

		this.page.getByLabel("Period").selectOption("4");
		this.page
			.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show"))
			.click();

		this.page.waitForURL(url("/beats/" + BEAT + "/crime?weeks=4&until="));
		assertThat(this.page.locator("#weekly-table thead th[data-week]")).hasCount(4);
		assertThat(this.page.getByLabel("Period")).hasValue("4");
	}

	@Test
	void theDistrictPageShowsItsBeatsSideBySide() {
		open("/districts/11/crime");

		assertThat(this.page.locator("h1")).hasText("Crime conditions in district 11");
		assertThat(this.page.locator("#beats-table tr[data-beat='" + BEAT + "']")).isVisible();
		this.page.locator("#beats-table tr[data-beat='" + BEAT + "'] a").click();
		this.page.waitForURL(java.util.regex.Pattern.compile(".*/beats/" + BEAT + "/crime.*"));
	}

	@Test
	void theBriefingRendersAndPrintsWithoutTheSiteChrome() {
		open("/beats/" + BEAT + "/crime");
		this.page.getByText("Printable briefing for the next meeting").click();

		this.page.waitForURL(url("/beats/" + BEAT + "/crime/briefing"));
		assertThat(this.page.locator("h1")).hasText("Crime briefing: beat " + BEAT + ", district 11");
		assertThat(this.page.locator("#briefing-table tbody tr").first()).isVisible();
		assertThat(this.page.locator("[data-briefing-total]")).containsText("incidents in the last 4 weeks");
		assertThat(this.page.locator("[data-print]")).isVisible();

		this.page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		assertThat(this.page.locator(".site-header")).isHidden();
		assertThat(this.page.locator("[data-print]")).isHidden();
		assertThat(this.page.locator("#briefing-table")).isVisible();
		assertThat(this.consoleErrors).isEmpty();
	}

	@Test
	void theCrimePageFitsAPhoneScreen() {
		com.microsoft.playwright.BrowserContext phone = newContext(
				new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(360, 740)
					.setIsMobile(true)
					.setHasTouch(true));
		for (String path : List.of("/beats/" + BEAT + "/crime", "/beats/" + BEAT + "/crime/briefing",
				"/districts/11/crime")) {
			Page phonePage = phone.newPage();
			phonePage.navigate(url(path));
			phonePage.waitForLoadState();
			Object overflow = phonePage.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
			assertThat(((Number) overflow).intValue()).as("horizontal overflow of %s at 360 px", path)
				.isLessThanOrEqualTo(0);
		}
	}

}
