package org.beatbridge.crime;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.beatbridge.identity.Accounts;
import org.beatbridge.identity.Browser;
import org.beatbridge.identity.NewAccount;
import org.beatbridge.identity.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class CrimeImportPageTests {

	private static final String PASSWORD = "lantern orbit tamale gravel";

	private static final AtomicInteger sequence = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdministratorUploadsAnExportAndFollowsTheJobToItsSummaryWithTheRejectedRows() throws Exception {
		String csv = PortalCsv.file()
			.vandalism(881001, LocalDateTime.of(2015, 3, 2, 10, 0), "0422")
			.line("881002,HY881002,not a date,081XX S COLES AVE,1320,CRIMINAL DAMAGE,TO VEHICLE,STREET,false,false,"
					+ "0422,004,7,46,14,1198273,1851626,2015,02/15/2015 12:43:39 PM,41.74,-87.54,\"(41.74, -87.54)\"")
			.toString();
		Browser browser = signedIn(Role.ADMIN);
		HttpResponse<String> form = browser.get("/admin/crime/imports");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("enctype=\"multipart/form-data\"").contains("name=\"_csrf\"");

		HttpResponse<String> uploaded = browser.upload("/admin/crime/imports", "file", "crimes.csv",
				csv.getBytes(StandardCharsets.UTF_8));

		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
		String location = uploaded.headers().firstValue("Location").orElseThrow();
		assertThat(location).matches(".*/admin/crime/imports/[0-9a-f-]{36}");
		String path = location.substring(location.indexOf("/admin/"));
		HttpResponse<String> running = browser.get(path);
		assertThat(running.statusCode()).isEqualTo(200);
		assertThat(running.body()).containsPattern("/webjars/htmx.org/[0-9.]+/dist/htmx.min.js").contains("Rows read");
		String done = pollUntilFinished(browser, path + "/status");
		assertThat(done).contains("Import finished")
			.contains("id=\"rejected-rows\"")
			.containsPattern("<td>3</td>\\s*<td>[^<]+</td>")
			.doesNotContain("hx-trigger");
		assertThat(browser.get(path + "?lang=es").body()).contains("Importación terminada")
			.contains("Filas rechazadas");
	}

	@Test
	void whileTheImportRunsTheStatusPollsItselfAndOffersARefreshLink() {
		java.util.UUID id = java.util.UUID.randomUUID();
		this.jdbc
			.sql("""
					INSERT INTO crime_import_jobs (id, status, requested_by, bytes_received, rows_read, bytes_read, heartbeat_at)
					VALUES (?, 'RUNNING', 'admin', 4000, 1234, 2000, now())""")
			.params(id)
			.update();
		Browser browser = signedIn(Role.ADMIN);

		String page = browser.get("/admin/crime/imports/" + id).body();

		assertThat(page).contains("Importing")
			.contains("1,234")
			.contains("hx-get=\"/admin/crime/imports/" + id + "/status\"")
			.contains("hx-trigger=\"every 1s\"")
			.contains("<progress")
			.contains("href=\"/admin/crime/imports/" + id + "\">Refresh<");
		assertThat(browser.get("/admin/crime/imports/" + id + "/status").body()).startsWith("<section")
			.contains("hx-trigger=\"every 1s\"")
			.doesNotContain("<html");
	}

	@Test
	void uploadingNoFileAnEmptyFileOrAnotherFileExplainsItBesideTheField() {
		Browser browser = signedIn(Role.ADMIN);
		browser.get("/admin/crime/imports");

		HttpResponse<String> none = browser.upload("/admin/crime/imports", "file", null, new byte[0]);
		assertThat(none.statusCode()).isEqualTo(200);
		assertThat(none.body()).contains("id=\"file-error\"").contains("Choose the CSV file to import");

		HttpResponse<String> empty = browser.upload("/admin/crime/imports", "file", "empty.csv", new byte[0]);
		assertThat(empty.statusCode()).isEqualTo(200);
		assertThat(empty.body()).contains("id=\"file-error\"").contains("This file is empty");

		HttpResponse<String> other = browser.upload("/admin/crime/imports", "file", "people.csv",
				"name,age\nRosa,41\n".getBytes(StandardCharsets.UTF_8));
		assertThat(other.statusCode()).isEqualTo(200);
		assertThat(other.body()).contains("id=\"file-error\"")
			.contains("is not a &quot;Crimes - 2001 to Present&quot;");

		browser.get("/admin/crime/imports?lang=es");
		HttpResponse<String> spanish = browser.upload("/admin/crime/imports", "file", null, new byte[0]);
		assertThat(spanish.body()).contains("Elija el archivo CSV que desea importar");
	}

	@Test
	void onlyAdministratorsReachTheImportPages() {
		Browser anonymous = new Browser(this.port);
		HttpResponse<String> page = anonymous.get("/admin/crime/imports");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");

		Browser officer = signedIn(Role.OFFICER);
		assertThat(officer.get("/admin/crime/imports").statusCode()).isEqualTo(403);
		officer.get("/");
		assertThat(officer
			.upload("/admin/crime/imports", "file", "crimes.csv",
					PortalCsv.file().toString().getBytes(StandardCharsets.UTF_8))
			.statusCode()).isEqualTo(403);
	}

	@Test
	void anUnknownOrMalformedJobIsNotFound() {
		Browser browser = signedIn(Role.ADMIN);
		assertThat(browser.get("/admin/crime/imports/" + java.util.UUID.randomUUID()).statusCode()).isEqualTo(404);
		assertThat(browser.get("/admin/crime/imports/42").statusCode()).isEqualTo(404);
	}

	private String pollUntilFinished(Browser browser, String path) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			HttpResponse<String> status = browser.get(path);
			assertThat(status.statusCode()).isEqualTo(200);
			if (status.body().contains("data-status=\"SUCCEEDED\"")
					|| status.body().contains("data-status=\"FAILED\"")) {
				return status.body();
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the import job did not finish within a minute");
	}

	private Browser signedIn(Role role) {
		String username = "upload-" + role.name().toLowerCase() + sequence.incrementAndGet();
		this.accounts.create(new NewAccount(username, null, "Upload test", PASSWORD, Set.of(role),
				(role == Role.OFFICER) ? "4472" : null, (role == Role.OFFICER) ? 4 : null,
				(role == Role.OFFICER) ? List.of("0422") : List.of()));
		Browser browser = new Browser(this.port);
		browser.get("/login");
		HttpResponse<String> signedIn = browser.submit("/login", "username", username, "password", PASSWORD);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		return browser;
	}

}
