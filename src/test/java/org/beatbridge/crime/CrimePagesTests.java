package org.beatbridge.crime;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(Lifecycle.PER_CLASS)
class CrimePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CrimeImport crimes;

	@Autowired
	JdbcClient jdbc;

	/** Two vandalism incidents a week in beat 0422 for 14 weeks, then 15 in one week. */
	@BeforeAll
	void importAPlantedUptick() {
		this.jdbc.sql("TRUNCATE crime_incidents, crime_weekly_beat_tallies, crime_upticks").update();
		this.crimes.importFrom(PortalCsv.plantedUptick("0422").stream());
	}

	@Test
	void theBeatPageShowsTwelveWeeksWithTheUptickHighlighted() throws Exception {
		this.mvc.perform(get("/beats/0422/crime"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Crime conditions in beat 0422"),
					containsString("data-week=\"2015-01-26\""), containsString("data-week=\"2015-04-13\""),
					not(containsString("data-week=\"2015-01-19\"")), containsString("data-category=\"vandalism\""),
					containsString("15 incidents where about 2.0 were expected"),
					containsString("data-count=\"15\" data-uptick=\"true\" class=\"uptick\""),
					containsString("/webjars/uplot/"))));
	}

	@Test
	void theBeatPageHasACrimeSectionThatLoadsFromTheCrimeModuleAndLinksWithoutScript() throws Exception {
		this.mvc.perform(get("/beats/0422"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-crime-url=\"/beats/0422/crime/section\""),
					containsString("<h2 id=\"crime-heading\">Crime conditions</h2>"),
					containsString("href=\"/beats/0422/crime\""), containsString("/js/beat-crime"))));
	}

	@Test
	void theCrimeSectionIsAFragmentWithChartsATableAndTheUptickHighlighted() throws Exception {
		this.mvc.perform(get("/beats/0422/crime/section"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-crime-section"), not(containsString("<html")),
					containsString("data-crime-multiples=\"#crime-section-table\""),
					containsString("data-week=\"2015-01-26\""), containsString("data-week=\"2015-04-13\""),
					containsString("15 incidents where about 2.0 were expected"),
					containsString("data-uptick=\"true\" class=\"uptick\"><span>15</span>"),
					containsString("<option value=\"12\" selected=\"selected\">"))));
		this.mvc.perform(get("/beats/0422/crime/section?weeks=4&until=2015-03-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("data-week=\"2015-02-02\""), not(containsString("data-week=\"2015-03-02\"")),
							containsString("No category rose significantly"))));
		this.mvc.perform(get("/beats/0422/crime/section").header("Accept-Language", "es"))
			.andExpect(
					content().string(allOf(containsString("Tendencias por categoría"), containsString("Vandalismo"))));
		this.mvc.perform(get("/beats/9999/crime/section")).andExpect(status().isNotFound());
	}

	@Test
	void thePeriodSelectorChangesTheWeeksShown() throws Exception {
		this.mvc.perform(get("/beats/0422/crime?weeks=4&until=2015-03-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-week=\"2015-02-02\""),
					containsString("data-week=\"2015-02-23\""), not(containsString("data-week=\"2015-03-02\"")),
					containsString("No category rose significantly"),
					containsString("<option value=\"4\" selected=\"selected\">"))));
	}

	@Test
	void theBeatPageSpeaksSpanish() throws Exception {
		this.mvc.perform(get("/beats/0422/crime").header("Accept-Language", "es"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Situación delictiva en el sector 0422"),
					containsString("Vandalismo"), containsString("cuando se esperaban"))));
	}

	@Test
	void theDistrictPageListsItsBeatsSideBySide() throws Exception {
		this.mvc.perform(get("/districts/4/crime"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Crime conditions in district 4"),
					containsString("data-beat=\"0422\""), containsString("data-beat=\"0411\""),
					containsString("id=\"beats-table\""), containsString("data-crime-multiples=\"#beat-weeks-table\""),
					containsString("data-uptick=\"true\" class=\"uptick\"><span>15</span>"))));
		this.mvc.perform(get("/districts/004/crime")).andExpect(status().isOk());
	}

	@Test
	void theBriefingComparesTheLastFourWeeksWithTheBaseline() throws Exception {
		// Last 4 weeks: 2 + 2 + 2 + 15 incidents; the 12 weeks before: 2 a week, so 8
		// expected (the baseline starts with the data, not with empty weeks before it)
		this.mvc.perform(get("/beats/0422/crime/briefing"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Crime briefing: beat 0422, district 4"),
					containsString("21 incidents in the last 4 weeks"), containsString("about 8."),
					containsString("+163 %"), containsString("data-print"))));
	}

	@Test
	void unknownPlacesAndBadInputGetFriendlyPages() throws Exception {
		this.mvc.perform(get("/beats/9999/crime")).andExpect(status().isNotFound());
		this.mvc.perform(get("/beats/abc/crime/briefing")).andExpect(status().isNotFound());
		this.mvc.perform(get("/districts/99/crime")).andExpect(status().isNotFound());
		this.mvc.perform(get("/beats/0422/crime?until=yesterday")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/beats/0422/crime?weeks=many")).andExpect(status().isBadRequest());
	}

}
