package org.beatbridge;

import java.util.concurrent.atomic.AtomicInteger;

import org.beatbridge.shared.sampledata.SampleData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh installation (README's first command) starts with real Chicago data.
 */
@SpringBootTest(properties = "beatbridge.sample-data.load-when-empty=true")
class SampleDataTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SampleData samples;

	@Test
	void aFreshInstallationHasMayAndJune2017CrimesAndTheCity2016Calendar() {
		long incidents = count("select count(*) from crime_incidents");
		assertThat(incidents).as("23,315 + 23,763 rows, a few rejected at most").isBetween(46_500L, 47_078L);
		assertThat(this.jdbc.sql("select count(distinct extract(month from occurred_at)) from crime_incidents")
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(count("select count(*) from crime_weekly_district_counts")).isPositive();
		assertThat(count("select count(*) from meetings where source_key like 'cpd:%'")).isEqualTo(2484 - 11);
	}

	@Test
	void aSampleIsNotLoadedAgainOnceItsTableHasRows() {
		AtomicInteger loads = new AtomicInteger();
		this.samples.loadIfEmpty("crimes", "crime_incidents", loads::incrementAndGet);
		this.samples.loadIfEmpty("calendar", "meetings", loads::incrementAndGet);
		assertThat(loads).hasValue(0);
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
