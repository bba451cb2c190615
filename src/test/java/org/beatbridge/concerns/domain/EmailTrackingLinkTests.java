package org.beatbridge.concerns.domain;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.beatbridge.concerns.Actor;
import org.beatbridge.concerns.ConcernId;
import org.beatbridge.concerns.ConcernSettings;
import org.beatbridge.concerns.ConcernSource;
import org.beatbridge.concerns.ConcernStatus;
import org.beatbridge.concerns.Concerns;
import org.beatbridge.concerns.Contact;
import org.beatbridge.concerns.NewConcern;
import org.beatbridge.notifications.domain.EmailDelivery;
import org.beatbridge.shared.ratelimit.KeyedHashes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The link in a notification email opens the reporter's tracking page without an account
 * (decision 0706): real SMTP (GreenMail), real HTTP, no session.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "spring.mail.host=127.0.0.1",
		"beatbridge.notifications.delivery-initial-delay=PT1H", "beatbridge.public-url=https://beatbridge.example/" })
class EmailTrackingLinkTests {

	private static final Pattern LINK = Pattern.compile("https://beatbridge\\.example(/concerns/track/\\S+)");

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.port", () -> mail.getSmtp().getPort());
	}

	@LocalServerPort
	int port;

	@Autowired
	Concerns concerns;

	@Autowired
	EmailDelivery delivery;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KeyedHashes hashes;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void theLinkInAStatusEmailOpensTheTrackingPageWithoutSigningIn() throws Exception {
		ConcernId id = reportWithEmail("rosa@example.org", "en");
		this.concerns.changeStatus(id, ConcernStatus.IN_PROGRESS, Actor.system(), "Extra patrols on Friday nights.");

		String link = linkIn(emailTo("rosa@example.org", id));
		assertThat(link).startsWith("/concerns/track/" + id + ".").endsWith("?lang=en");
		HttpResponse<String> page = get(link);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Concern " + id)
			.contains("What happened so far")
			.contains("Extra patrols on Friday nights.")
			.contains("The alley light behind the garages is out.");
		assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
		assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
	}

	@Test
	void aSpanishReporterGetsTheTrackingPageInSpanish() throws Exception {
		ConcernId id = reportWithEmail("lucia@example.org", "es");
		this.concerns.changeStatus(id, ConcernStatus.ACKNOWLEDGED, Actor.system(), null);

		HttpResponse<String> page = get(linkIn(emailTo("lucia@example.org", id)));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Asunto " + id).contains("Lo que ha pasado hasta ahora");
	}

	@Test
	void aChangedLinkIsUnknownAndAnExpiredOneSaysSo() throws Exception {
		ConcernId id = reportWithEmail("ana@example.org", "en");
		EmailTrackingLinks issuer = new EmailTrackingLinks(this.hashes, validFor(Duration.ofDays(30)));
		String key = issuer.issue(id);
		assertThat(get("/concerns/track/" + key).statusCode()).isEqualTo(200);

		String otherConcern = (id.value() + 1) + key.substring(key.indexOf('.'));
		assertThat(get("/concerns/track/" + otherConcern).statusCode()).isEqualTo(404);
		String[] parts = key.split("\\.");
		String longer = parts[0] + "." + (Long.parseLong(parts[1]) + 86_400) + "." + parts[2];
		assertThat(get("/concerns/track/" + longer).statusCode()).isEqualTo(404);

		String expired = new EmailTrackingLinks(this.hashes, validFor(Duration.ofSeconds(-1))).issue(id);
		HttpResponse<String> page = get("/concerns/track/" + expired);
		assertThat(page.statusCode()).isEqualTo(410);
		assertThat(page.body()).contains("This link from an email has expired")
			.contains("/concerns/" + id)
			.doesNotContain("The alley light behind the garages is out.");
		assertThat(get("/concerns/track/" + expired + "/photo").statusCode()).isEqualTo(404);
	}

	private ConcernId reportWithEmail(String email, String language) {
		return this.concerns
			.report(new NewConcern("street-light-out", "The alley light behind the garages is out.", 42.01605, -87.6764,
					null, null, new Contact(null, email, null), false, null, ConcernSource.WEB, null, null, language))
			.id();
	}

	private MimeMessage emailTo(String address, ConcernId id) throws Exception {
		// the reporter is told by a module listener after the commit
		Instant until = Instant.now().plusSeconds(20);
		while (Instant.now().isBefore(until)) {
			this.delivery.deliverDueEmails();
			List<MimeMessage> received = Arrays.stream(mail.getReceivedMessages())
				.filter((message) -> recipient(message).equals(address))
				.toList();
			if (!received.isEmpty()) {
				return received.get(received.size() - 1);
			}
			Thread.sleep(200);
		}
		throw new AssertionError("no email about concern " + id + " reached " + address);
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String linkIn(MimeMessage email) throws Exception {
		Matcher matcher = LINK.matcher(((String) email.getContent()).replace("\r\n", "\n"));
		assertThat(matcher.find()).as("tracking link in the email").isTrue();
		return matcher.group(1);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static ConcernSettings validFor(Duration validity) {
		ConcernSettings d = ConcernSettings.DEFAULTS;
		return new ConcernSettings(d.similarRadius(), d.similarWindow(), d.similarLimit(), d.clientSubmissions(),
				d.accountSubmissions(), d.submissionPeriod(), d.clientSupports(), d.accountSupports(),
				d.supportWindow(), validity);
	}

}
