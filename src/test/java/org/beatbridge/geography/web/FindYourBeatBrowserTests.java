package org.beatbridge.geography.web;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Geolocation;
import org.beatbridge.BrowserTest;
import org.beatbridge.geography.Beats;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class FindYourBeatBrowserTests extends BrowserTest {

	private static final String BEAT = "1713";

	@Autowired
	Beats beats;

	@Test
	void clickingTheMapInsideABeatShowsThatBeatAndLinksToItsPage() {
		open("/");
		Map<String, Object> point = pointInside(BEAT);

		this.page.mouse().click(number(point, "x"), number(point, "y"));

		assertThat(this.page.locator("#located-heading")).hasText("Your beat: " + BEAT);
		this.page.locator("[data-located-link]").click();
		this.page.waitForURL(url("/beats/" + BEAT));
		assertThat(this.page.locator("h1")).containsText(BEAT);
		assertThat(this.page.locator("[data-fact=district]")).hasText("17");
		assertThat(this.page.locator("#neighbours-heading + ul a").first()).isVisible();
		List<String> neighbours = this.page.locator("#neighbours-heading + ul a").allTextContents();
		assertThat(neighbours).isNotEmpty()
			.allSatisfy(text -> assertThat(this.beats.find(BEAT).orElseThrow().neighbours()).anyMatch(text::endsWith));
	}

	@Test
	void useMyLocationShowsTheBeatWhereTheVisitorStands() {
		open("/");
		Map<String, Object> point = pointInside(BEAT);
		this.context.grantPermissions(List.of("geolocation"),
				new BrowserContext.GrantPermissionsOptions().setOrigin(url("")));
		this.context.setGeolocation(new Geolocation(number(point, "lat"), number(point, "lng")));

		this.page
			.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Use my location"))
			.click();

		assertThat(this.page.locator("#located-heading")).hasText("Your beat: " + BEAT);
		assertThat(this.page).hasURL(url("/"));
		this.page.locator("[data-located-link]").click();
		this.page.waitForURL(url("/beats/" + BEAT));
		assertThat(this.page.locator("[data-fact=district]")).hasText("17");
	}

	@Test
	void useMyLocationExplainsWhenPermissionIsDenied() {
		open("/");
		this.page.locator("#beat-map[data-state=ready]").waitFor();

		this.page.locator("[data-locate-me]").click();

		assertThat(this.page.locator("#map-status")).containsText("permission was denied");
		assertThat(this.page).hasURL(url("/"));
	}

	@Test
	void useMyLocationExplainsWhenTheVisitorIsOutsideChicago() {
		this.context.grantPermissions(List.of("geolocation"));
		this.context.setGeolocation(new Geolocation(40.7128, -74.0060));
		open("/");
		this.page.locator("#beat-map[data-state=ready]").waitFor();

		this.page.locator("[data-locate-me]").click();

		assertThat(this.page.locator("#map-status")).containsText("outside Chicago");
	}

	@Test
	void useMyLocationExplainsWhenTheDeviceHasNoGeolocation() {
		this.page.addInitScript("Object.defineProperty(navigator, 'geolocation', { value: undefined })");
		open("/");

		this.page.locator("[data-locate-me]").click();

		assertThat(this.page.locator("#map-status")).containsText("not available on this device");
	}

	@Test
	void theBeatChooserWorksWithoutJavaScript() {
		BrowserContext noScript = newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false));
		Page plain = noScript.newPage();
		plain.navigate(url("/"));
		assertThat(plain.locator("#beat-map")).isHidden();

		plain.getByLabel("Beat", new Page.GetByLabelOptions().setExact(true)).selectOption(BEAT);
		plain
			.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Go to beat page"))
			.click();

		plain.waitForURL(url("/beats/" + BEAT));
		assertThat(plain.locator("h1")).hasText("Beat " + BEAT);
	}

	@Test
	void theBeatChooserIsUsableByKeyboard() {
		open("/");
		this.page.locator("#beat-chooser-heading-select").focus();
		this.page.keyboard().press("End");
		String last = (String) this.page.locator("#beat-chooser-heading-select").inputValue();
		this.page.keyboard().press("Tab");
		this.page.keyboard().press("Enter");

		this.page.waitForURL(url("/beats/" + last));
		assertThat(last).isEqualTo(this.beats.all().get(this.beats.all().size() - 1).beat());
	}

	@Test
	void spanishIsChosenWithTheSwitchAndRemembered() {
		open("/");
		this.page.getByText("Español").click();

		assertThat(this.page.locator("html")).hasAttribute("lang", "es");
		assertThat(this.page.locator("h1")).hasText("Encuentre su sector policial");

		open("/beats/" + BEAT);
		assertThat(this.page.locator("h1")).hasText("Sector (beat) " + BEAT);
		assertThat(this.page.locator(".facts")).containsText("Distrito");
	}

	@Test
	void aSpanishBrowserGetsSpanishWithoutAsking() {
		BrowserContext spanish = newContext(new Browser.NewContextOptions().setLocale("es-MX"));
		Page page = spanish.newPage();
		page.navigate(url("/"));

		assertThat(page.locator("html")).hasAttribute("lang", "es");
		assertThat(page.locator("h1")).hasText("Encuentre su sector policial");
	}

	@Test
	void anUnknownBeatGetsAHelpfulPage() {
		Response response = open("/beats/9999");

		assertThat(response.status()).isEqualTo(404);
		assertThat(this.page.locator("h1")).hasText("Beat not found");
		assertThat(this.page.locator("main")).containsText("9999");
		assertThat(this.page.locator("#beat-chooser-heading-select")).isVisible();
		assertThat(this.page.locator("main a[href='/']")).isVisible();
	}

	@Test
	void theHomePageFitsAPhoneScreen() {
		BrowserContext phone = newContext(
				new Browser.NewContextOptions().setViewportSize(360, 740).setIsMobile(true).setHasTouch(true));
		for (String path : List.of("/", "/beats/" + BEAT, "/beats", "/beats/nope")) {
			Page page = phone.newPage();
			page.navigate(url(path));
			page.waitForLoadState();
			Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
			assertThat(((Number) overflow).intValue()).as("horizontal overflow of %s at 360 px", path)
				.isLessThanOrEqualTo(0);
		}
	}

	@Test
	void focusingABeatOnTheMapShowsItsNumber() {
		open("/");
		this.page.locator("#beat-map[data-state=ready]").waitFor();

		this.page.locator("#beat-map path[data-beat='" + BEAT + "']").focus();

		assertThat(this.page.locator(".leaflet-tooltip")).containsText("Beat " + BEAT);
		this.page.keyboard().press("Enter");
		assertThat(this.page.locator("#located-heading")).hasText("Your beat: " + BEAT);
		assertThat(this.page.locator("#located-beat")).isFocused();
	}

	@Test
	void pagesHaveTheLandmarksAndTheSkipLink() {
		open("/");
		assertThat(this.page.locator("header")).hasCount(1);
		assertThat(this.page.locator("main")).hasCount(1);
		assertThat(this.page.locator("#main > main")).hasCount(1);
		assertThat(this.page.locator("footer")).hasCount(1);
		assertThat(this.page.locator("#beat-map")).hasAttribute("aria-label",
				Pattern.compile("Map of Chicago police beats"));

		this.page.keyboard().press("Tab");
		assertThat(this.page.locator(".skip-link")).isFocused();
		assertThat(this.page.locator(".skip-link")).isVisible();
	}

	/** A point well inside a beat, on screen, checked against the geography module. */
	private Map<String, Object> pointInside(String beat) {
		this.page.locator("#beat-map[data-state=ready]").waitFor();
		this.page.locator("#beat-map").scrollIntoViewIfNeeded();
		@SuppressWarnings("unchecked")
		Map<String, Object> point = (Map<String, Object>) this.page.evaluate("""
				beat => {
					const m = window.beatMap;
					const layer = m.layers[beat];
					m.map.setView(layer.getCenter(), m.map.getZoom() + 1, { animate: false });
					const c = layer.getCenter();
					const p = m.map.latLngToContainerPoint(c);
					const r = m.element.getBoundingClientRect();
					return { lat: c.lat, lng: c.lng, x: r.left + p.x, y: r.top + p.y };
				}""", beat);
		assertThat(this.beats.locate(number(point, "lat"), number(point, "lng")))
			.as("the centre drawn for beat %s lies in it", beat)
			.hasValueSatisfying(location -> assertThat(location.beat()).isEqualTo(beat));
		return point;
	}

	private static double number(Map<String, Object> point, String key) {
		return ((Number) point.get(key)).doubleValue();
	}

}
