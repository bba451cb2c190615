package org.beatbridge.notifications;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.beatbridge.identity.AccountView;
import org.beatbridge.identity.Accounts;
import org.beatbridge.identity.Browser;
import org.beatbridge.identity.NewAccount;
import org.beatbridge.notifications.domain.EmailDelivery;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The inbox of a signed-in resident, in the application's usual configuration: no mail
 * server, so emails stay queued while the inbox works.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class InboxTests {

	private static final String PASSWORD = "lantern orbit tamale gravel";

	private static final AtomicInteger sequence = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	Notifications notifications;

	@Autowired
	Accounts accounts;

	@Autowired
	EmailDelivery delivery;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theInboxListsNoticesNewestFirstAndMarksThemRead() {
		AccountView rosa = newResident();
		notify(rosa, "First notice", "/beats/1713");
		notify(rosa, "Second notice", null);
		Browser browser = signedIn(rosa);

		HttpResponse<String> inbox = browser.get("/inbox");
		assertThat(inbox.statusCode()).isEqualTo(200);
		String page = inbox.body();
		assertThat(page.indexOf("Second notice")).isLessThan(page.indexOf("First notice")).isPositive();
		assertThat(page).contains("You have 2 unread notices.")
			.contains("href=\"/beats/1713\"")
			.contains("class=\"inbox-badge\" aria-hidden=\"true\">2</span>")
			.contains("aria-label=\"Inbox, 2 unread notices\"");

		long first = noticeId(rosa, "First notice");
		HttpResponse<String> marked = browser.submit("/inbox/" + first + "/read");
		assertThat(marked.statusCode()).isEqualTo(302);
		assertThat(marked.headers().firstValue("Location").orElseThrow()).endsWith("/inbox#notice-" + first);
		assertThat(browser.get("/inbox").body()).contains("You have 1 unread notice.")
			.contains("aria-label=\"Inbox, 1 unread notice\"");

		browser.submit("/inbox/read");
		assertThat(browser.get("/inbox").body()).contains("You have read everything.").doesNotContain("inbox-badge");
	}

	@Test
	void nobodyReadsOrMarksAnotherPersonsNotices() {
		AccountView rosa = newResident();
		AccountView luis = newResident();
		notify(rosa, "For Rosa only", null);
		Browser luisBrowser = signedIn(luis);
		assertThat(luisBrowser.get("/inbox").body()).doesNotContain("For Rosa only").contains("Nothing here yet.");
		luisBrowser.submit("/inbox/" + noticeId(rosa, "For Rosa only") + "/read");
		assertThat(this.jdbc.sql("select read_at is null from notices where subject = 'For Rosa only'")
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void theInboxNeedsSigningIn() {
		HttpResponse<String> response = new Browser(this.port).get("/inbox");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

	@Test
	void theInboxSpeaksSpanish() {
		AccountView ana = newResident();
		notify(ana, "Aviso", null);
		Browser browser = signedIn(ana);
		assertThat(browser.get("/inbox?lang=es").body()).contains("Bandeja de entrada")
			.contains("Tiene 1 aviso sin leer.")
			.contains("Marcar como leído");
	}

	@Test
	void withoutAMailServerEmailsStayQueuedAndTheInboxStillWorks() {
		AccountView rosa = newResident();
		notify(rosa, "Queued while mail is off", null);
		this.delivery.deliverDueEmails();
		assertThat(this.jdbc.sql("select email_state from notices where subject = 'Queued while mail is off'")
			.query(String.class)
			.single()).isEqualTo("QUEUED");
		assertThat(signedIn(rosa).get("/inbox").body()).contains("Queued while mail is off");
	}

	@Test
	void appsReadAndMarkTheInboxWithABearerToken() {
		AccountView rosa = newResident();
		notify(rosa, "Api one", null);
		notify(rosa, "Api two", "/beats/1713");
		notify(rosa, "Api three", null);
		Browser api = new Browser(this.port);
		String token = token(api, rosa);

		HttpResponse<String> first = api.json("GET", "/api/v1/inbox?limit=2", null, token);
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.body()).contains("\"unread\":3")
			.contains("\"subject\":\"Api three\"")
			.contains("\"link\":\"/beats/1713\"")
			.doesNotContain("Api one");
		long next = noticeId(rosa, "Api two");
		assertThat(first.body()).contains("\"next\":" + next);
		HttpResponse<String> second = api.json("GET", "/api/v1/inbox?limit=2&before=" + next, null, token);
		assertThat(second.body()).contains("Api one").contains("\"next\":null");

		assertThat(api.json("POST", "/api/v1/inbox/" + next + "/read", null, token).statusCode()).isEqualTo(204);
		assertThat(api.json("GET", "/api/v1/inbox", null, token).body()).contains("\"unread\":2");
		assertThat(api.json("POST", "/api/v1/inbox/read", null, token).statusCode()).isEqualTo(204);
		assertThat(api.json("GET", "/api/v1/inbox", null, token).body()).contains("\"unread\":0");
	}

	@Test
	void theInboxApiAnswersBadInputWithProblems() {
		AccountView rosa = newResident();
		AccountView luis = newResident();
		notify(luis, "Not Rosa's", null);
		Browser api = new Browser(this.port);
		String token = token(api, rosa);
		assertThat(api.json("GET", "/api/v1/inbox", null, null).statusCode()).isEqualTo(401);
		HttpResponse<String> badLimit = api.json("GET", "/api/v1/inbox?limit=0", null, token);
		assertThat(badLimit.statusCode()).isEqualTo(400);
		assertThat(badLimit.body()).contains("\"parameter\":\"limit\"");
		assertThat(api.json("GET", "/api/v1/inbox?before=x", null, token).statusCode()).isEqualTo(400);
		HttpResponse<String> foreign = api.json("POST", "/api/v1/inbox/" + noticeId(luis, "Not Rosa's") + "/read", null,
				token);
		assertThat(foreign.statusCode()).isEqualTo(404);
		assertThat(foreign.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
	}

	@Test
	void aNoticeForAnAccountThatDoesNotExistIsRejected() {
		assertThatExceptionOfType(InvalidNotice.class)
			.isThrownBy(() -> this.notifications
				.send(new Notice(Recipient.account(987654321L, Locale.ENGLISH), "concern:1", "Subject", "Body", null)))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("recipient.accountId"));
	}

	private void notify(AccountView account, String subject, String link) {
		this.notifications.send(new Notice(Recipient.account(account.id(), Locale.ENGLISH), "concern:42", subject,
				"Details of " + subject, link));
	}

	private long noticeId(AccountView account, String subject) {
		return this.jdbc.sql("select id from notices where account_id = :account and subject = :subject")
			.param("account", account.id())
			.param("subject", subject)
			.query(Long.class)
			.single();
	}

	private AccountView newResident() {
		String email = "inbox" + sequence.incrementAndGet() + "-" + System.nanoTime() % 100000 + "@example.org";
		return this.accounts.create(NewAccount.resident(email, "Resident", PASSWORD));
	}

	private static String token(Browser api, AccountView account) {
		HttpResponse<String> response = api.json("POST", "/api/v1/auth/token",
				"{\"username\":\"" + account.username() + "\",\"password\":\"" + PASSWORD + "\"}", null);
		assertThat(response.statusCode()).isEqualTo(200);
		Matcher matcher = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(response.body());
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private Browser signedIn(AccountView account) {
		Browser browser = new Browser(this.port);
		browser.get("/login");
		HttpResponse<String> response = browser.submit("/login", "username", account.username(), "password", PASSWORD);
		assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		return browser;
	}

}
