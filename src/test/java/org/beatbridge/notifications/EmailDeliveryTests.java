package org.beatbridge.notifications;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.beatbridge.identity.AccountView;
import org.beatbridge.identity.Accounts;
import org.beatbridge.identity.Browser;
import org.beatbridge.identity.NewAccount;
import org.beatbridge.identity.Role;
import org.beatbridge.notifications.domain.EmailDelivery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notices become real SMTP mail (GreenMail). The delivery job's own schedule is pushed an
 * hour away; tests run it by calling it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.mail.host=127.0.0.1", "beatbridge.notifications.delivery-initial-delay=PT1H",
				"beatbridge.notifications.retry-after=PT5M", "beatbridge.notifications.batch-size=7",
				"beatbridge.public-url=https://beatbridge.example/",
				"beatbridge.notifications.sender=BeatBridge <noreply@beatbridge.example>" })
class EmailDeliveryTests {

	private static final Pattern CONFIRM_LINK = Pattern
		.compile("https://beatbridge\\.example(/unsubscribe/[A-Za-z0-9_-]{43})\\n");

	private static final AtomicInteger sequence = new AtomicInteger();

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.port", MailServer::port);
	}

	@LocalServerPort
	int port;

	@Autowired
	Notifications notifications;

	@Autowired
	EmailDelivery delivery;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Accounts accounts;

	@Autowired
	LockProvider locks;

	@AfterEach
	void mailServerIsBackUp() {
		MailServer.start();
	}

	@Test
	void aNoticeBecomesAPlainTextEmailWithAFooterAndOneClickUnsubscribeHeaders() throws Exception {
		String address = newAddress();
		this.notifications
			.send(new Notice(Recipient.email(address, Locale.ENGLISH), "concern:4f2a", "Your concern was answered",
					"Officer Diaz answered your concern about the alley lights.", "/concerns/track/abc"));
		this.delivery.deliverDueEmails();

		List<MimeMessage> received = MailServer.receivedBy(address);
		assertThat(received).hasSize(1);
		MimeMessage email = received.get(0);
		assertThat(email.getSubject()).isEqualTo("Your concern was answered");
		assertThat(email.getFrom()[0].toString()).isEqualTo("BeatBridge <noreply@beatbridge.example>");
		assertThat(email.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
		String text = text(email);
		assertThat(text).startsWith("Officer Diaz answered your concern about the alley lights.")
			.contains("https://beatbridge.example/concerns/track/abc")
			.contains("\n-- \n")
			.contains("To stop emails like this one")
			.contains("call 911");
		String confirm = confirmPath(email);
		assertThat(email.getHeader("List-Unsubscribe", null))
			.isEqualTo("<https://beatbridge.example" + confirm + "/one-click>");
		assertThat(email.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
		assertThat(email.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
	}

	@Test
	void aSpanishNoticeGetsTheFooterInSpanish() throws Exception {
		String address = newAddress();
		this.notifications.send(new Notice(Recipient.email(address, Locale.forLanguageTag("es")), "concern:77",
				"Su inquietud fue respondida", "La oficial Díaz respondió.", null));
		this.delivery.deliverDueEmails();
		String text = text(MailServer.receivedBy(address).get(0));
		assertThat(text).contains("La oficial Díaz respondió.")
			.contains("Para dejar de recibir correos como este")
			.doesNotContain("Véalo en BeatBridge");
	}

	@Test
	void unsubscribingThroughTheEmailsLinkStopsThatTopicButNotOthers() throws Exception {
		String address = newAddress();
		send(address, "meetings:beat:1713", "Beat 1713 meets on Tuesday");
		this.delivery.deliverDueEmails();
		String confirm = confirmPath(MailServer.receivedBy(address).get(0));

		Browser browser = new Browser(this.port);
		HttpResponse<String> page = browser.get(confirm);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Beat 1713 meets on Tuesday").contains("All emails from BeatBridge");
		// Opening the link (as a link scanner does) unsubscribes nobody.
		send(address, "meetings:beat:1713", "Beat 1713 meets again");
		this.delivery.deliverDueEmails();
		assertThat(MailServer.receivedBy(address)).hasSize(2);

		HttpResponse<String> done = browser.submit(confirm, "scope", "topic");
		assertThat(done.statusCode()).isEqualTo(200);
		assertThat(done.body()).contains("We will not email you about this again.");

		send(address, "meetings:beat:1713", "Beat 1713 moved its meeting");
		send(address, "concern:99", "Your concern was closed");
		this.delivery.deliverDueEmails();
		assertThat(subjects(address)).containsExactly("Beat 1713 meets on Tuesday", "Beat 1713 meets again",
				"Your concern was closed");
		assertThat(emailState("Beat 1713 moved its meeting")).isEqualTo("UNSUBSCRIBED");
	}

	@Test
	void theOneClickPostOfAMailAppUnsubscribesWithoutSessionOrCsrfToken() throws Exception {
		String address = newAddress();
		send(address, "concern:5", "First update");
		this.delivery.deliverDueEmails();
		MimeMessage email = MailServer.receivedBy(address).get(0);
		String oneClick = email.getHeader("List-Unsubscribe", null)
			.replace("<https://beatbridge.example", "")
			.replace(">", "");

		HttpResponse<String> response = new Browser(this.port).postForm(oneClick,
				Map.of("List-Unsubscribe", "One-Click"));
		assertThat(response.statusCode()).isEqualTo(200);

		send(address, "concern:5", "Second update");
		this.delivery.deliverDueEmails();
		assertThat(subjects(address)).containsExactly("First update");
	}

	@Test
	void theConfirmPageCanStopAllEmailsToTheAddress() throws Exception {
		String address = newAddress();
		send(address, "concern:6", "About the alley");
		this.delivery.deliverDueEmails();
		Browser browser = new Browser(this.port);
		String confirm = confirmPath(MailServer.receivedBy(address).get(0));
		browser.get(confirm);
		assertThat(browser.submit(confirm, "scope", "all").body()).contains("We will not send you any more emails.");

		send(address, "meetings:beat:0111", "Beat 111 meets");
		send(address.toUpperCase(Locale.ROOT), "concern:7", "Another concern");
		this.delivery.deliverDueEmails();
		assertThat(subjects(address)).containsExactly("About the alley");
	}

	@Test
	void aMistakenUnsubscribeCanBeUndone() throws Exception {
		String address = newAddress();
		send(address, "concern:19", "Before the slip");
		this.delivery.deliverDueEmails();
		Browser browser = new Browser(this.port);
		String confirm = confirmPath(MailServer.receivedBy(address).get(0));
		browser.get(confirm);
		HttpResponse<String> unsubscribed = browser.submit(confirm, "scope", "all");
		assertThat(unsubscribed.body()).contains("Undo: keep emailing me");
		// the form on the page just read, with its CSRF token
		browser.get(confirm);
		HttpResponse<String> undone = browser.submit(confirm + "/undo", "scope", "all");
		assertThat(undone.statusCode()).isEqualTo(200);
		assertThat(undone.body()).contains("You will get these emails again.");

		send(address, "concern:19", "After the undo");
		this.delivery.deliverDueEmails();
		assertThat(subjects(address)).containsExactly("Before the slip", "After the undo");
	}

	@Test
	void aFormPostWithoutTheCsrfTokenDoesNotUnsubscribe() throws Exception {
		String address = newAddress();
		send(address, "concern:8", "Only with the button");
		this.delivery.deliverDueEmails();
		String confirm = confirmPath(MailServer.receivedBy(address).get(0));
		HttpResponse<String> forged = new Browser(this.port).postForm(confirm, Map.of("scope", "all"));
		assertThat(forged.statusCode()).isEqualTo(403);
		send(address, "concern:8", "Still emailed");
		this.delivery.deliverDueEmails();
		assertThat(subjects(address)).containsExactly("Only with the button", "Still emailed");
	}

	@Test
	void anUnknownUnsubscribeLinkSaysSo() {
		Browser browser = new Browser(this.port);
		assertThat(browser.get("/unsubscribe/" + "A".repeat(43)).statusCode()).isEqualTo(404);
		assertThat(browser.get("/unsubscribe/nonsense").statusCode()).isEqualTo(404);
		assertThat(browser
			.postForm("/unsubscribe/" + "B".repeat(43) + "/one-click", Map.of("List-Unsubscribe", "One-Click"))
			.statusCode()).isEqualTo(404);
	}

	@Test
	void aRolledBackTransactionSendsNothing() {
		String address = newAddress();
		this.transactions.executeWithoutResult((status) -> {
			send(address, "concern:9", "Never happened");
			status.setRollbackOnly();
		});
		this.delivery.deliverDueEmails();
		assertThat(MailServer.receivedBy(address)).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from notices where subject = 'Never happened'")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void whenTheMailServerIsDownTheEmailWaitsAndIsSentOnALaterRun() {
		String address = newAddress();
		send(address, "concern:10", "Sent after the outage");
		MailServer.stop();
		this.delivery.deliverDueEmails();
		Map<String, Object> queued = this.jdbc.sql("""
				select email_state, email_attempts, email_error, email_due_at > now() + interval '4 minutes' as later
				from notices where subject = 'Sent after the outage'""").query().singleRow();
		assertThat(queued).containsEntry("email_state", "QUEUED")
			.containsEntry("email_attempts", 1)
			.containsEntry("later", true);
		assertThat((String) queued.get("email_error")).isNotBlank();

		MailServer.start();
		this.delivery.deliverDueEmails();
		assertThat(MailServer.receivedBy(address)).as("not due yet: backing off").isEmpty();

		this.jdbc.sql("update notices set email_due_at = now() where subject = 'Sent after the outage'").update();
		this.delivery.deliverDueEmails();
		assertThat(subjects(address)).containsExactly("Sent after the outage");
		assertThat(emailState("Sent after the outage")).isEqualTo("SENT");
	}

	@Test
	void anAnonymousResidentsAddressAndMessageAreErasedOnceSent() {
		String address = newAddress();
		send(address, "concern:11", "Erase me");
		this.delivery.deliverDueEmails();
		Map<String, Object> row = this.jdbc.sql(
				"select email_address, body, link, address_hash, email_state, email_sent_at from notices where subject = 'Erase me'")
			.query()
			.singleRow();
		assertThat(row.get("email_address")).isNull();
		assertThat(row.get("body")).isNull();
		assertThat(row.get("address_hash")).isNotNull();
		assertThat(row.get("email_sent_at")).isNotNull();
		assertThat(row).containsEntry("email_state", "SENT");
	}

	@Test
	void anAccountHolderIsEmailedAtTheAccountsAddressAndKeepsTheInboxEntry() throws Exception {
		String address = newAddress();
		AccountView account = this.accounts.create(NewAccount.resident(address, "Rosa", "lantern orbit tamale gravel"));
		this.notifications.send(new Notice(Recipient.account(account.id(), Locale.ENGLISH), "concern:12",
				"For an account holder", "Hello Rosa.", "/concerns/12"));
		this.delivery.deliverDueEmails();
		assertThat(subjects(address)).containsExactly("For an account holder");
		Map<String, Object> row = this.jdbc
			.sql("select body, link, email_address, email_state from notices where subject = 'For an account holder'")
			.query()
			.singleRow();
		assertThat(row).containsEntry("body", "Hello Rosa.")
			.containsEntry("link", "/concerns/12")
			.containsEntry("email_state", "SENT");
		assertThat(row.get("email_address")).as("the account's address is not copied").isNull();
	}

	@Test
	void theRecordOfAnEmailToAnAnonymousResidentIsDeletedAfterHalfAYear() {
		String address = newAddress();
		send(address, "concern:18", "Long ago");
		this.delivery.deliverDueEmails();
		this.jdbc.sql("update notices set created_at = now() - interval '181 days' where subject = 'Long ago'")
			.update();
		this.delivery.deliverDueEmails();
		assertThat(
				this.jdbc.sql("select count(*) from notices where subject = 'Long ago'").query(Integer.class).single())
			.isZero();
	}

	@Test
	void anEmailThatKeepsFailingIsGivenUpAndTheAddressErased() {
		String address = newAddress();
		send(address, "concern:14", "Given up");
		this.jdbc.sql("update notices set email_attempts = 9 where subject = 'Given up'").update();
		MailServer.stop();
		this.delivery.deliverDueEmails();
		Map<String, Object> row = this.jdbc
			.sql("select email_state, email_address, body, email_error from notices where subject = 'Given up'")
			.query()
			.singleRow();
		assertThat(row).containsEntry("email_state", "FAILED")
			.containsEntry("email_address", null)
			.containsEntry("body", null);
		assertThat((String) row.get("email_error")).isNotBlank();
	}

	@Test
	void anEmailQueuedTooLongIsNotSentAnyMore() {
		String address = newAddress();
		send(address, "meetings:beat:1713", "Stale meeting news");
		this.jdbc.sql("update notices set created_at = now() - interval '4 days' where subject = 'Stale meeting news'")
			.update();
		this.delivery.deliverDueEmails();
		assertThat(MailServer.receivedBy(address)).isEmpty();
		assertThat(emailState("Stale meeting news")).isEqualTo("EXPIRED");
		assertThat(this.jdbc.sql("select email_address, body from notices where subject = 'Stale meeting news'")
			.query()
			.singleRow()).containsEntry("email_address", null).containsEntry("body", null);
	}

	@Test
	void anAccountWithoutAnAddressGetsTheInboxEntryOnly() {
		AccountView coordinator = this.accounts.create(new NewAccount("coordinator" + sequence.incrementAndGet(), null,
				"Coordinator", "lantern orbit tamale gravel", Set.of(Role.COORDINATOR), null, null, List.of()));
		this.notifications.send(new Notice(Recipient.account(coordinator.id(), Locale.ENGLISH), "concern:15",
				"Inbox only", "No address on file.", null));
		this.delivery.deliverDueEmails();
		assertThat(emailState("Inbox only")).isEqualTo("NO_ADDRESS");
		assertThat(this.jdbc.sql("select body from notices where subject = 'Inbox only'").query(String.class).single())
			.isEqualTo("No address on file.");
	}

	@Test
	void aCallerThatCatchesABadNoticeStillCommitsItsOwnWork() {
		String address = newAddress();
		this.transactions.executeWithoutResult((status) -> {
			send(address, "concern:16", "Committed with its caller");
			try {
				send("not an address", "concern:16", "Refused");
			}
			catch (InvalidNotice ex) {
				assertThat(ex.getField()).isEqualTo("recipient.email");
			}
		});
		assertThat(emailState("Committed with its caller")).isEqualTo("QUEUED");
		this.delivery.deliverDueEmails();
		assertThat(subjects(address)).containsExactly("Committed with its caller");
	}

	@Test
	void whileAnotherNodeRunsTheJobACallSendsNothing() {
		String address = newAddress();
		send(address, "concern:17", "After the other node");
		Optional<SimpleLock> otherNode = this.locks.lock(new LockConfiguration(Instant.now(),
				"notifications.email-delivery", Duration.ofMinutes(1), Duration.ZERO));
		assertThat(otherNode).isPresent();
		try {
			this.delivery.deliverDueEmails();
			assertThat(MailServer.receivedBy(address)).isEmpty();
		}
		finally {
			otherNode.get().unlock();
		}
		this.delivery.deliverDueEmails();
		assertThat(subjects(address)).containsExactly("After the other node");
	}

	@Test
	void anAccountHolderWhoUnsubscribedStillFindsTheNoticeInTheInbox() throws Exception {
		String address = newAddress();
		AccountView account = this.accounts.create(NewAccount.resident(address, "Luis", "lantern orbit tamale gravel"));
		Recipient luis = Recipient.account(account.id(), Locale.ENGLISH);
		this.notifications.send(new Notice(luis, "meetings:beat:1713", "Meeting one", "Tuesday.", null));
		this.delivery.deliverDueEmails();
		String oneClick = MailServer.receivedBy(address)
			.get(0)
			.getHeader("List-Unsubscribe", null)
			.replace("<https://beatbridge.example", "")
			.replace(">", "");
		new Browser(this.port).postForm(oneClick, Map.of("List-Unsubscribe", "One-Click"));

		this.notifications.send(new Notice(luis, "meetings:beat:1713", "Meeting two", "Thursday.", null));
		this.delivery.deliverDueEmails();
		assertThat(subjects(address)).containsExactly("Meeting one");
		assertThat(this.jdbc.sql("select subject from notices where account_id = :account order by id")
			.param("account", account.id())
			.query(String.class)
			.list()).containsExactly("Meeting one", "Meeting two");
	}

	@Test
	void concurrentRunsSendEachEmailExactlyOnce() throws Exception {
		String address = newAddress();
		for (int i = 0; i < 40; i++) {
			send(address, "concern:13", "Update " + i);
		}
		ExecutorService threads = Executors.newFixedThreadPool(4);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> runs = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			runs.add(threads.submit(() -> {
				start.await();
				this.delivery.deliverDueEmails();
				return null;
			}));
		}
		start.countDown();
		for (Future<?> run : runs) {
			run.get(60, TimeUnit.SECONDS);
		}
		threads.shutdown();
		this.delivery.deliverDueEmails();
		List<String> subjects = subjects(address);
		assertThat(subjects).hasSize(40).doesNotHaveDuplicates();
	}

	private void send(String address, String topic, String subject) {
		this.notifications
			.send(new Notice(Recipient.email(address, Locale.ENGLISH), topic, subject, "Body of " + subject, null));
	}

	private String emailState(String subject) {
		return this.jdbc.sql("select email_state from notices where subject = :subject")
			.param("subject", subject)
			.query(String.class)
			.single();
	}

	private static List<String> subjects(String address) {
		return MailServer.receivedBy(address).stream().map((message) -> {
			try {
				return message.getSubject();
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static String text(MimeMessage email) throws Exception {
		return ((String) email.getContent()).replace("\r\n", "\n");
	}

	private static String confirmPath(MimeMessage email) throws Exception {
		Matcher matcher = CONFIRM_LINK.matcher(text(email));
		assertThat(matcher.find()).as("unsubscribe link in the email").isTrue();
		return matcher.group(1);
	}

	private static String newAddress() {
		return "resident" + sequence.incrementAndGet() + "-" + System.nanoTime() % 100000 + "@example.org";
	}

}
