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
		this.jdbc.sql("TRUNCATE crime_incidents, crime_weekly_beat_tallies, crime_upticks").update();
		List<String> lines = Files.readAllLines(CrimeImportApiTests.REAL_FILE).subList(0, 2001);
		try (InputStream slice = new java.io.ByteArrayInputStream(
				String.join("\n", lines).getBytes(StandardCharsets.UTF_8))) {
			this.crimes.importFrom(slice);
		}
		this.page.onConsoleMessage((message) -> {
			// the site has no favicon yet; Chromium asks for one at its own pace
			if ("error".equals(message.type()) && !message.location().contains("/favicon.ico")) {
				this.consoleErrors.add(message.text() + " (" + message.location() + ")");
			}
		});
	}

	@Test
	void theBeatPageShowsItsCrimeConditionsWithSmallChartsATableAndAPeriodSelector() {
		open("/beats/" + BEAT);

		com.microsoft.playwright.Locator section = this.page.locator("#beat-crime");
		assertThat(section.locator("h2")).hasText("Crime conditions");
		assertThat(section.locator("[data-crime-multiples][data-state=ready]")).isVisible();
		int categories = section.locator("#crime-section-table tbody tr[data-series]").count();
		assertThat(categories).isPositive();
		assertThat(section.locator(".crime-multiple canvas")).hasCount(categories);
		assertThat(section.locator(".crime-multiple figcaption").first()).containsText("incidents in the period");
		assertThat(section.locator("#crime-section-table thead th[data-week]")).hasCount(12);
		assertThat(section.locator("#crime-section-table caption")).containsText("beat " + BEAT);
		assertThat(section).not().containsText("S STATE ST");

		this.page.getByLabel("Period").selectOption("4");
		this.page
			.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show"))
			.click();

		assertThat(section.locator("#crime-section-table thead th[data-week]")).hasCount(4);
		assertThat(this.page).hasURL(url("/beats/" + BEAT));
		assertThat(this.page.getByLabel("Period")).isFocused();
		assertThat(section.locator("[data-crime-status]")).containsText("Weeks from");
		assertThat(section.locator("[data-crime-multiples][data-state=ready] canvas")).hasCount(categories);
		assertThat(this.consoleErrors).as("console errors (a CSP violation shows here)").isEmpty();
	}

	@Test
	void theBeatPageHighlightsACurrentUptick() {
		this.jdbc.sql("TRUNCATE crime_incidents, crime_weekly_beat_tallies, crime_upticks").update();
		this.crimes.importFrom(PortalCsv.plantedUptick(BEAT).stream());

		open("/beats/" + BEAT);

		com.microsoft.playwright.Locator section = this.page.locator("#beat-crime");
		assertThat(section.locator(".upticks [data-uptick][data-category=vandalism]"))
			.containsText("15 incidents where about 2.0 were expected");
		assertThat(section.locator("#crime-section-table td.uptick")).hasCount(1);
		assertThat(section.locator("#crime-section-table td.uptick")).containsText("15");
		assertThat(section.locator("[data-crime-multiples][data-state=ready] canvas")).hasCount(1);
		assertThat(this.consoleErrors).isEmpty();
	}

	@Test
	void withoutJavaScriptTheBeatPageLinksToItsCrimeConditions() {
		com.microsoft.playwright.BrowserContext noScript = newContext(
				new com.microsoft.playwright.Browser.NewContextOptions().setJavaScriptEnabled(false));
		Page plain = noScript.newPage();
		plain.navigate(url("/beats/" + BEAT));

		plain.locator("#beat-crime [data-crime-link]").click();

		plain.waitForURL(url("/beats/" + BEAT + "/crime"));
		assertThat(plain.locator("h1")).hasText("Crime conditions in beat " + BEAT);
		assertThat(plain.locator("#weekly-table tbody tr[data-series]").first()).isVisible();
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
		int beats = this.page.locator("#beat-weeks-table tbody tr[data-series]").count();
		assertThat(beats).isGreaterThan(5);
		assertThat(this.page.locator("[data-crime-multiples][data-state=ready] .crime-multiple canvas"))
			.hasCount(beats);
		assertThat(this.page.locator(".crime-multiple figcaption").first()).containsText("Beat ");
		assertThat(this.consoleErrors).isEmpty();
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
