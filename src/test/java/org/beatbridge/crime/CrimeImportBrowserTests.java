package org.beatbridge.crime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.beatbridge.BrowserTest;
import org.beatbridge.identity.Accounts;
import org.beatbridge.identity.NewAccount;
import org.beatbridge.identity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator uploads a real slice of the portal's export in a real browser and
 * watches the job page update itself until the import is done.
 */
class CrimeImportBrowserTests extends BrowserTest {

	private static final String PASSWORD = "lantern orbit tamale gravel";

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdministratorUploadsAnExportAndSeesTheImportFinishWithoutReloading(@TempDir Path folder) throws Exception {
		Path slice = folder.resolve("crimes-2015-slice.csv");
		Files.write(slice, Files.readAllLines(CrimeImportApiTests.REAL_FILE).subList(0, 300));
		List<String> consoleErrors = new ArrayList<>();
		this.page.onConsoleMessage((message) -> {
			// The site has no icon yet; Chromium's own request for one is not this page's
			// fault
			if ("error".equals(message.type()) && !message.location().contains("/favicon.ico")) {
				consoleErrors.add(message.text() + " at " + message.location());
			}
		});
		this.page.onResponse((response) -> {
			if (response.status() >= 400) {
				consoleErrors.add(response.status() + " " + response.url());
			}
		});
		signInAsAdministrator();

		open("/admin/crime/imports");
		this.page.getByLabel("Crime export (CSV file)").setInputFiles(slice);
		this.page.locator("main form button[type=submit]").click();

		this.page.waitForURL((url) -> url.matches(".*/admin/crime/imports/[0-9a-f-]{36}"));
		String jobPage = this.page.url();
		// No reload: htmx swaps the status in place until the job has finished
		assertThat(this.page.locator("#import-status[data-status=SUCCEEDED]")).isVisible();
		assertThat(this.page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
				new com.microsoft.playwright.Page.GetByRoleOptions().setName("Import finished")))
			.isVisible();
		assertThat(this.page.locator("#rows-read")).hasText("299");
		assertThat(this.page.url()).isEqualTo(jobPage);
		assertThat(this.page.locator("#import-status[hx-trigger]")).hasCount(0);
		assertThat(consoleErrors).isEmpty();
	}

	@Test
	void theJobPageFollowsARunningImportUntilItEnds() {
		java.util.UUID id = java.util.UUID.randomUUID();
		this.jdbc
			.sql("""
					INSERT INTO crime_import_jobs (id, status, requested_by, bytes_received, rows_read, bytes_read, heartbeat_at)
					VALUES (?, 'RUNNING', 'admin', 4000, 10, 100, now())""")
			.params(id)
			.update();
		signInAsAdministrator();
		open("/admin/crime/imports/" + id);
		assertThat(this.page.locator("#import-status[data-status=RUNNING]")).isVisible();
		assertThat(this.page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
				new com.microsoft.playwright.Page.GetByRoleOptions().setName("Refresh")))
			.isVisible();

		this.jdbc.sql("UPDATE crime_import_jobs SET rows_read = 4321, bytes_read = 3000 WHERE id = ?")
			.params(id)
			.update();
		assertThat(this.page.locator("#rows-read")).hasText("4,321");
		this.jdbc.sql("""
				UPDATE crime_import_jobs SET status = 'SUCCEEDED', finished_at = now(), rows_read = 5000,
				  inserted = 4990, updated = 0, unchanged = 0, rejected_count = 10, upticks_detected = 0, took_ms = 1500
				WHERE id = ?""").params(id).update();

		assertThat(this.page.locator("#import-status[data-status=SUCCEEDED]")).isVisible();
		assertThat(this.page.locator("#inserted")).hasText("4,990");
		assertThat(this.page.locator("#import-status[hx-trigger]")).hasCount(0);
	}

	private void signInAsAdministrator() {
		String username = "browser-admin" + System.nanoTime();
		this.accounts.create(
				new NewAccount(username, null, "Browser admin", PASSWORD, Set.of(Role.ADMIN), null, null, List.of()));
		open("/login");
		this.page.locator("#username").fill(username);
		this.page.locator("#password").fill(PASSWORD);
		this.page.locator("form button[type=submit]").click();
		this.page.waitForURL((url) -> !url.contains("/login"));
	}

}
