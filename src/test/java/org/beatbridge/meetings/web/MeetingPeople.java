package org.beatbridge.meetings.web;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.beatbridge.identity.Accounts;
import org.beatbridge.identity.Browser;
import org.beatbridge.identity.NewAccount;
import org.beatbridge.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts for meeting tests, signed in through the real sign-in form.
 */
final class MeetingPeople {

	static final String PASSWORD = "lantern orbit tamale gravel";

	private static final AtomicInteger sequence = new AtomicInteger();

	private MeetingPeople() {
	}

	/**
	 * An account of the role; officers, supervisors and coordinators get the district.
	 */
	static String create(Accounts accounts, Role role, Integer district, String displayName) {
		String username = "meet-" + role.name().toLowerCase() + sequence.incrementAndGet();
		boolean officer = role == Role.OFFICER;
		accounts.create(new NewAccount(username, username + "@example.org", displayName, PASSWORD, Set.of(role),
				officer ? "44" + sequence.get() : null, district, List.of()));
		return username;
	}

	/** The star number of an officer made by {@link #create}. */
	static String starOf(Accounts accounts, String username) {
		return accounts.findByUsername(username).orElseThrow().officer().starNumber();
	}

	static Browser signedIn(int port, String username) {
		Browser browser = new Browser(port);
		browser.get("/login");
		HttpResponse<String> signedIn = browser.submit("/login", "username", username, "password", PASSWORD);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		return browser;
	}

}
