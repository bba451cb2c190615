package org.beatbridge.meetings;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.beatbridge.identity.Browser;
import org.beatbridge.meetings.domain.MeetingReminders;
import org.beatbridge.notifications.domain.EmailDelivery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident subscribed to a beat's meetings gets one reminder email (real SMTP:
 * GreenMail) before a meeting, however often the job runs.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.mail.host=127.0.0.1", "beatbridge.notifications.delivery-initial-delay=PT1H",
				"beatbridge.meetings.reminders.lead=P1D", "beatbridge.public-url=https://beatbridge.example/" })
class MeetingRemindersTests {

	static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	static final GreenMail MAIL = startMail();

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
	}

	@AfterAll
	static void stopMail() {
		MAIL.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	Meetings meetings;

	@Autowired
	MeetingReminders reminders;

	@Autowired
	EmailDelivery delivery;

	@Test
	void aSubscribedResidentGetsOneReminderBeforeTheMeeting() throws Exception {
		LocalDateTime soon = LocalDateTime.now(CHICAGO).plusHours(10).truncatedTo(ChronoUnit.MINUTES);
		LocalDateTime later = soon.plusDays(5);
		for (LocalDateTime start : List.of(soon, later)) {
			this.meetings.schedule(new NewMeeting(List.of("2431"), "2431 Beat Meeting", MeetingKind.IN_PERSON,
					"Rogers Park Library, 6907 N. Clark", null, null, start, start.plusHours(1), null, List.of("en"),
					false));
		}
		Browser resident = new Browser(this.port);
		assertThat(resident.get("/beats/2431/meeting-reminders").body()).contains("data-reminder-form");
		HttpResponse<String> bad = resident.submit("/beats/2431/meeting-reminders", "email", "not an address");
		assertThat(bad.body()).contains("id=\"reminder-email-error\"");
		resident.get("/beats/2431/meeting-reminders");
		HttpResponse<String> subscribed = resident.submit("/beats/2431/meeting-reminders", "email", "lupe@example.org");
		assertThat(subscribed.body()).contains("data-reminder-done");

		assertThat(this.reminders.sendDueReminders(Instant.now())).isEqualTo(1);
		assertThat(this.reminders.sendDueReminders(Instant.now())).isZero();
		this.delivery.deliverDueEmails();
		this.delivery.deliverDueEmails();

		List<MimeMessage> received = Arrays.stream(MAIL.getReceivedMessages()).filter((m) -> {
			try {
				return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
					.anyMatch((to) -> to.toString().contains("lupe@example.org"));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
		assertThat(received).hasSize(1);
		assertThat(received.get(0).getSubject()).startsWith("Beat 2431 meeting: ");
		assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(received.get(0))).contains("Rogers Park Library");
	}

	@Test
	void aBeatThatDoesNotExistHasNoReminders() {
		assertThat(new Browser(this.port).get("/beats/9999/meeting-reminders").statusCode()).isEqualTo(404);
	}

	private static GreenMail startMail() {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
		mail.start();
		return mail;
	}

}
