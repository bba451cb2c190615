package org.beatbridge.meetings;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.beatbridge.identity.Browser;
import org.beatbridge.meetings.domain.MeetingReminders;
import org.beatbridge.meetings.domain.ReminderSubscriptions;
import org.beatbridge.notifications.domain.EmailDelivery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders by email are double opt-in (decision 0511): an address gets only the
 * confirmation email until its holder confirms, then one reminder before each meeting
 * (real SMTP: GreenMail), until it unsubscribes. Requests are rate limited per client.
 * The rate limit test runs last: every test here is the same client (127.0.0.1).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.mail.host=127.0.0.1", "beatbridge.notifications.delivery-initial-delay=PT1H",
				"beatbridge.meetings.reminders.lead=P1D", "beatbridge.meetings.reminders.requests-per-client=5",
				"beatbridge.public-url=https://beatbridge.example/" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MeetingRemindersTests {

	static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	static final Pattern CONFIRM_LINK = Pattern
		.compile("https://beatbridge\\.example(/meeting-reminders/confirm/[A-Za-z0-9_-]{43}\\?lang=[a-z]{2})");

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
	ReminderSubscriptions subscriptions;

	@Autowired
	EmailDelivery delivery;

	@Autowired
	JdbcClient jdbc;

	@Test
	@Order(1)
	void anEmailGetsRemindersOnlyOnceConfirmedAndNoMoreAfterUnsubscribing() throws Exception {
		LocalDateTime soon = LocalDateTime.now(CHICAGO).plusHours(10).truncatedTo(ChronoUnit.MINUTES);
		schedule("2431", soon);
		schedule("2431", soon.plusDays(5));
		Browser resident = new Browser(this.port);
		assertThat(resident.get("/beats/2431/meeting-reminders").body()).contains("data-reminder-form");
		HttpResponse<String> bad = resident.submit("/beats/2431/meeting-reminders", "email", "not an address");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("id=\"reminder-email-error\"");
		resident.get("/beats/2431/meeting-reminders");
		HttpResponse<String> asked = resident.submit("/beats/2431/meeting-reminders", "email", "lupe@example.org");
		assertThat(asked.body()).contains("data-reminder-check-email").contains("lupe@example.org");

		assertThat(this.reminders.sendDueReminders(Instant.now())).as("nothing before confirmation").isZero();
		deliver();
		List<MimeMessage> confirmation = receivedBy("lupe@example.org");
		assertThat(confirmation).hasSize(1);
		assertThat(confirmation.get(0).getSubject()).isEqualTo("Confirm reminders of beat 2431 meetings");
		String link = confirmLink(confirmation.get(0));

		HttpResponse<String> page = resident.get(link);
		assertThat(page.body()).contains("data-reminder-confirm").contains("lupe@example.org");
		assertThat(this.reminders.sendDueReminders(Instant.now())).as("opening the link confirms nothing").isZero();
		HttpResponse<String> confirmed = resident.submit(link.substring(0, link.indexOf('?')));
		assertThat(confirmed.statusCode()).isEqualTo(200);
		assertThat(confirmed.body()).contains("data-reminder-confirmed");
		resident.get(link);
		assertThat(resident.submit(link.substring(0, link.indexOf('?'))).statusCode()).as("a link confirms once")
			.isEqualTo(404);

		assertThat(this.reminders.sendDueReminders(Instant.now())).isEqualTo(1);
		assertThat(this.reminders.sendDueReminders(Instant.now())).isZero();
		deliver();
		List<MimeMessage> received = receivedBy("lupe@example.org");
		assertThat(received).hasSize(2);
		MimeMessage reminder = received.get(1);
		assertThat(reminder.getSubject()).startsWith("Beat 2431 meeting: ");
		assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(reminder)).contains("Rogers Park Library");

		// RFC 8058 one-click unsubscribe, as a mail provider sends it: no cookie, no CSRF
		// token
		String oneClick = reminder.getHeader("List-Unsubscribe")[0].replaceAll("[<>]", "")
			.replace("https://beatbridge.example", "http://localhost:" + this.port);
		HttpResponse<String> unsubscribed = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(oneClick))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(unsubscribed.statusCode()).isEqualTo(200);
		schedule("2431", soon.plusHours(3));
		this.reminders.sendDueReminders(Instant.now());
		deliver();
		assertThat(receivedBy("lupe@example.org")).as("no reminder after unsubscribing").hasSize(2);
	}

	@Test
	@Order(2)
	void anUnconfirmedRequestExpiresAndItsLinkNoLongerWorks() throws Exception {
		Browser resident = new Browser(this.port);
		resident.get("/beats/2432/meeting-reminders?lang=es");
		HttpResponse<String> asked = resident.submit("/beats/2432/meeting-reminders", "email", "tardy@example.org");
		assertThat(asked.body()).contains("Casi listo");
		deliver();
		List<MimeMessage> confirmation = receivedBy("tardy@example.org");
		assertThat(confirmation).hasSize(1);
		assertThat(confirmation.get(0).getSubject())
			.isEqualTo("Confirme los recordatorios de las reuniones del sector 2432");
		String link = confirmLink(confirmation.get(0));
		assertThat(link).endsWith("?lang=es");

		assertThat(this.subscriptions.removeExpired(Instant.now().plus(Duration.ofDays(3)))).isEqualTo(1);
		HttpResponse<String> expired = resident.get(link);
		assertThat(expired.statusCode()).isEqualTo(404);
		assertThat(expired.body()).contains("data-reminder-unknown").contains("ha caducado");
		assertThat(resident.get("/meeting-reminders/confirm/not-a-token").statusCode()).isEqualTo(404);
	}

	@Test
	@Order(3)
	void aSignedOutResidentAskingAgainGetsNoSecondEmailWithinMinutes() throws Exception {
		Browser resident = new Browser(this.port);
		for (int i = 0; i < 2; i++) {
			resident.get("/beats/2433/meeting-reminders");
			assertThat(resident.submit("/beats/2433/meeting-reminders", "email", "Twice@Example.org").body())
				.contains("data-reminder-check-email");
		}
		deliver();
		assertThat(receivedBy("twice@example.org")).hasSize(1);
		assertThat(this.jdbc.sql("select count(*) from meeting_reminder_subscriptions where lower(email) = ?")
			.param("twice@example.org")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	@Order(4)
	void aBeatThatDoesNotExistHasNoReminders() {
		assertThat(new Browser(this.port).get("/beats/9999/meeting-reminders").statusCode()).isEqualTo(404);
	}

	@Test
	@Order(100)
	void oneClientAskingTooOftenIsToldToWaitAndNothingIsSent() throws Exception {
		Browser flooder = new Browser(this.port);
		HttpResponse<String> refused = null;
		for (int i = 0; i < 6 && refused == null; i++) {
			flooder.get("/beats/2413/meeting-reminders");
			HttpResponse<String> response = flooder.submit("/beats/2413/meeting-reminders", "email",
					"flood" + i + "@example.org");
			if (response.statusCode() == 429) {
				refused = response;
			}
		}
		assertThat(refused).as("the 6th request within the hour at the latest is refused").isNotNull();
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(refused.body()).contains("data-reminder-too-many").contains("Try again in");
		String refusedAddress = "flood" + countFlood() + "@example.org";
		assertThat(this.jdbc.sql("select count(*) from meeting_reminder_subscriptions where email = ?")
			.param(refusedAddress)
			.query(Long.class)
			.single()).as("the refused address is not stored").isZero();
	}

	private long countFlood() {
		return this.jdbc.sql("select count(*) from meeting_reminder_subscriptions where email like 'flood%'")
			.query(Long.class)
			.single();
	}

	private void schedule(String beat, LocalDateTime start) {
		this.meetings.schedule(new NewMeeting(List.of(beat), beat + " Beat Meeting", MeetingKind.IN_PERSON,
				"Rogers Park Library, 6907 N. Clark", null, null, start, start.plusHours(1), null, List.of("en"),
				false));
	}

	private void deliver() {
		this.delivery.deliverDueEmails();
		this.delivery.deliverDueEmails();
	}

	private static String confirmLink(MimeMessage message) throws IOException, MessagingException {
		Matcher link = CONFIRM_LINK.matcher((String) message.getContent());
		assertThat(link.find()).as((String) message.getContent()).isTrue();
		return link.group(1);
	}

	private static List<MimeMessage> receivedBy(String address) {
		return Arrays.stream(MAIL.getReceivedMessages()).filter((m) -> {
			try {
				return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
					.anyMatch((to) -> to.toString().equalsIgnoreCase(address));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
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
