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
		String username = "browser-admin" + System.nanoTime();
		this.accounts.create(
				new NewAccount(username, null, "Browser admin", PASSWORD, Set.of(Role.ADMIN), null, null, List.of()));
		open("/login");
		this.page.locator("#username").fill(username);
		this.page.locator("#password").fill(PASSWORD);
		this.page.locator("form button[type=submit]").click();
		this.page.waitForURL((url) -> !url.contains("/login"));

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

}
