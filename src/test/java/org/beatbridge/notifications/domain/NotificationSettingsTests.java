package org.beatbridge.notifications.domain;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class NotificationSettingsTests {

	@Test
	void theWaitDoublesAfterEachFailureUpToTheMaximum() {
		NotificationSettings settings = settings("BeatBridge <noreply@city.example>");
		assertThat(settings.retryWait(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(settings.retryWait(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(settings.retryWait(5)).isEqualTo(Duration.ofMinutes(16));
		assertThat(settings.retryWait(10)).isEqualTo(Duration.ofHours(6));
		assertThat(settings.retryWait(60)).isEqualTo(Duration.ofHours(6));
	}

	@Test
	void refusesASenderThatIsNotAnAddressAtStartup() {
		assertThatIllegalArgumentException().isThrownBy(() -> settings("BeatBridge <noreply"))
			.withMessageContaining("beatbridge.notifications.sender");
		assertThat(settings("noreply@city.example").sender()).isEqualTo("noreply@city.example");
	}

	private static NotificationSettings settings(String sender) {
		return new NotificationSettings(sender, Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofHours(6), 10,
				50, Duration.ofDays(3), Duration.ofDays(180));
	}

}
