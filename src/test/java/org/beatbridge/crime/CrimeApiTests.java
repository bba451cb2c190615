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

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(Lifecycle.PER_CLASS)
class CrimeApiTests {

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
	void summarisesABeatWeekByWeek() throws Exception {
		this.mvc.perform(get("/api/v1/crime/beats/0422/summary?from=2015-03-09&to=2015-04-19"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.beat").value("0422"))
			.andExpect(jsonPath("$.district").value("4"))
			.andExpect(jsonPath("$.from").value("2015-03-09"))
			.andExpect(jsonPath("$.to").value("2015-04-13"))
			.andExpect(jsonPath("$.categories[0].category").value("vandalism"))
			.andExpect(jsonPath("$.categories[0].total").value(2 * 5 + 15))
			.andExpect(jsonPath("$.categories[0].weeks", hasSize(6)))
			.andExpect(jsonPath("$.categories[0].weeks[5].incidents").value(15))
			.andExpect(jsonPath("$.upticks[0].category").value("vandalism"))
			.andExpect(jsonPath("$.upticks[0].firstWeek").value("2015-04-13"));
	}

	@Test
	void listsTheCurrentUpticksOfADistrict() throws Exception {
		this.mvc.perform(get("/api/v1/crime/upticks?district=004"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].beat").value("0422"))
			.andExpect(jsonPath("$[0].observed").value(15))
			.andExpect(jsonPath("$[0].expected").value(2.0));
		this.mvc.perform(get("/api/v1/crime/upticks?district=5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(0)));
		this.mvc.perform(get("/api/v1/crime/upticks?since=2015-05-01"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void anUnknownBeatIsNotFound() throws Exception {
		this.mvc.perform(get("/api/v1/crime/beats/9999/summary"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.beat").value("9999"));
	}

	@Test
	void badInputIsAProblemNamingTheParameter() throws Exception {
		this.mvc.perform(get("/api/v1/crime/beats/04x2/summary"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.parameter").value("beat"));
		this.mvc.perform(get("/api/v1/crime/beats/0422/summary?from=yesterday"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("from"));
		this.mvc.perform(get("/api/v1/crime/beats/0422/summary?from=2015-04-01&to=2015-03-01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("from"));
		this.mvc.perform(get("/api/v1/crime/beats/0422/summary?from=2001-01-01&to=2015-03-01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("three years")));
		this.mvc.perform(get("/api/v1/crime/upticks?district=north"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("district"));
		this.mvc.perform(get("/api/v1/crime/upticks?district=99"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("district"));
		this.mvc.perform(get("/api/v1/crime/upticks?since=2015-13-01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("since"));
	}

}
