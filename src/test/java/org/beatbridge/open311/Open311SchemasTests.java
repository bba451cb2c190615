package org.beatbridge.open311;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Open311SchemasTests {

	@Test
	void theSchemasRefuseARequestWithoutItsStatusOrANumericId() {
		assertThatThrownBy(() -> Open311Schemas.assertValid("requests.json",
				"[{\"service_request_id\":\"1\",\"service_code\":\"noise\",\"requested_datetime\":\"2026-11-25T06:00:00-06:00\"}]"))
			.isInstanceOf(AssertionError.class);
		assertThatThrownBy(() -> Open311Schemas.assertValid("requests.json",
				"[{\"service_request_id\":1,\"status\":\"open\",\"service_code\":\"noise\",\"requested_datetime\":\"2026-11-25T06:00:00-06:00\"}]"))
			.isInstanceOf(AssertionError.class);
	}

}
