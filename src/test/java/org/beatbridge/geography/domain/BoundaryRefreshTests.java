package org.beatbridge.geography.domain;

import org.beatbridge.geography.BeatDetails;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

// Same context as the API tests (one database for both).
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class BoundaryRefreshTests {

	@Autowired
	CityGeography geography;

	@Autowired
	JdbcClient jdbc;

	@Test
	void picksUpBoundariesAnotherNodeImported() {
		assertThat(this.geography.find("1713")).get().extracting(BeatDetails::neighbours).asList().contains("1712");
		String neighbours = this.jdbc.sql("SELECT neighbours::text FROM geo_beat WHERE number = '1713'")
			.query(String.class)
			.single();
		try {
			// What another node's import looks like from here: new rows and a new
			// version.
			this.jdbc.sql("UPDATE geo_beat SET neighbours = '{9999}' WHERE number = '1713'").update();
			this.jdbc.sql("UPDATE geo_boundary_version SET version = version + 1").update();
			assertThat(this.geography.find("1713")).get().extracting(BeatDetails::neighbours).asList().contains("1712");
			this.geography.refreshWhenChanged();
			assertThat(this.geography.find("1713")).get()
				.extracting(BeatDetails::neighbours)
				.asList()
				.containsExactly("9999");
		}
		finally {
			this.jdbc.sql("UPDATE geo_beat SET neighbours = ?::text[] WHERE number = '1713'")
				.param(neighbours)
				.update();
			this.jdbc.sql("UPDATE geo_boundary_version SET version = version + 1").update();
			this.geography.refreshWhenChanged();
		}
	}

}
