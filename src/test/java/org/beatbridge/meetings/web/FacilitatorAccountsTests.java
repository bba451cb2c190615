package org.beatbridge.meetings.web;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

import org.beatbridge.identity.Accounts;
import org.beatbridge.identity.Browser;
import org.beatbridge.identity.Role;
import org.beatbridge.meetings.MeetingId;
import org.beatbridge.meetings.MeetingOccurrence;
import org.beatbridge.meetings.Meetings;
import org.beatbridge.meetings.domain.MeetingRecords;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator names a meeting's facilitators by account; exactly they (and the
 * district's staff) may prepare and run that meeting (decision 0510).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class FacilitatorAccountsTests {

	static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	static final LocalDate DAY = LocalDate.now(CHICAGO)
		.plusMonths(3)
		.with(TemporalAdjusters.firstInMonth(java.time.DayOfWeek.WEDNESDAY));

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Meetings meetings;

	@Autowired
	MeetingRecords records;

	HttpResponse<String> schedule(Browser coordinator, String beat, String facilitatorAccount, String officerStar) {
		coordinator.get("/meetings/new");
		return coordinator.submit("/meetings/new", "beats", beat, "kind", "IN_PERSON", "place",
				"Uptown Library, 929 W. Buena", "date", DAY.toString(), "startTime", "18:30", "endTime", "19:30",
				"repeat", "ONCE", "languages", "en", "facilitatorAccount", facilitatorAccount, "facilitator", "Ana V.",
				"officerStar", officerStar);
	}

	static String pathOf(HttpResponse<String> created) {
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		return location.substring(location.indexOf("/meetings/"));
	}

	@Test
	void theNamedResidentAndOfficerRunTheMeetingAndNobodyElseFromOutsideTheDistrictDoes() {
		Browser coordinator = MeetingPeople.signedIn(this.port,
				MeetingPeople.create(this.accounts, Role.COORDINATOR, null, "Coordinator Lee"));
		String resident = MeetingPeople.create(this.accounts, Role.RESIDENT, null, "Ana Vecina");
		String officer = MeetingPeople.create(this.accounts, Role.OFFICER, 19, "Officer Ruiz");
		String path = pathOf(schedule(coordinator, "1911", resident, MeetingPeople.starOf(this.accounts, officer)));
		String manage = path + "/manage";

		Browser facilitator = MeetingPeople.signedIn(this.port, resident);
		assertThat(facilitator.get(path).body()).as("the meeting page offers the facilitator to run it")
			.contains("data-manage");
		HttpResponse<String> page = facilitator.get(manage);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).as("moving and cancelling stay with the district's staff")
			.doesNotContain("id=\"schedule\"");
		assertThat(facilitator
			.submit(manage + "/agenda", "welcome", "Welcome from Ana.", "feedback", "-", "conditions", "-",
					"strategies", "-", "nextSteps", "-")
			.statusCode()).isEqualTo(302);
		facilitator.get(manage);
		assertThat(facilitator.submit(manage + "/minutes", "minutes", "Fifteen neighbours.", "decisions", "Walk.")
			.statusCode()).isEqualTo(302);
		facilitator.get(manage);
		assertThat(facilitator.submit(manage + "/cancel").statusCode()).isEqualTo(403);

		Browser beatOfficer = MeetingPeople.signedIn(this.port, officer);
		beatOfficer.get(manage);
		assertThat(
				beatOfficer.submit(manage + "/minutes", "minutes", "Fifteen neighbours and Officer Ruiz.").statusCode())
			.isEqualTo(302);

		MeetingOccurrence occurrence = occurrence(path);
		assertThat(this.records.agenda(occurrence).orElseThrow().welcome()).isEqualTo("Welcome from Ana.");

		Browser otherResident = MeetingPeople.signedIn(this.port,
				MeetingPeople.create(this.accounts, Role.RESIDENT, null, "Someone Else"));
		HttpResponse<String> refused = otherResident.get(manage);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("data-refused").contains("resident beat facilitator and beat officer");
		assertThat(otherResident.get(path).body()).doesNotContain("data-manage");
		Browser otherDistrict = MeetingPeople.signedIn(this.port,
				MeetingPeople.create(this.accounts, Role.OFFICER, 4, "Officer Far"));
		otherDistrict.get(path);
		assertThat(otherDistrict.submit(manage + "/minutes", "minutes", "Overwritten").statusCode()).isEqualTo(403);
		assertThat(new Browser(this.port).get(manage).statusCode()).as("signed out: sent to sign in").isEqualTo(302);
		assertThat(this.records.minutes(occurrence).orElseThrow().minutes())
			.isEqualTo("Fifteen neighbours and Officer Ruiz.");

		String publicPage = new Browser(this.port).get(path).body();
		assertThat(publicPage).contains("Ana V.").doesNotContain(resident).doesNotContain("Ana Vecina");
	}

	@Test
	void aCoordinatorChangesTheFacilitatorAndTheFormerOneNoLongerRunsTheMeeting() {
		Browser coordinator = MeetingPeople.signedIn(this.port,
				MeetingPeople.create(this.accounts, Role.COORDINATOR, null, "Coordinator Kim"));
		String first = MeetingPeople.create(this.accounts, Role.RESIDENT, null, "First Facilitator");
		String second = MeetingPeople.create(this.accounts, Role.RESIDENT, null, "Second Facilitator");
		String path = pathOf(schedule(coordinator, "1912", first, ""));
		String id = path.split("/")[2];
		assertThat(coordinator.get("/meetings/" + id + "/edit").body()).contains("value=\"" + first + "\"");
		HttpResponse<String> saved = coordinator.submit("/meetings/" + id + "/edit", "beats", "1912", "kind",
				"IN_PERSON", "place", "Uptown Library", "date", DAY.toString(), "startTime", "18:30", "endTime",
				"19:30", "repeat", "ONCE", "languages", "en", "facilitatorAccount", second);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);

		assertThat(MeetingPeople.signedIn(this.port, first).get(path + "/manage").statusCode()).isEqualTo(403);
		assertThat(MeetingPeople.signedIn(this.port, second).get(path + "/manage").statusCode()).isEqualTo(200);
	}

	@Test
	void facilitatorsThatAreNotTheRightAccountsAreRefusedBesideTheFieldAndNothingIsSaved() {
		Browser coordinator = MeetingPeople.signedIn(this.port,
				MeetingPeople.create(this.accounts, Role.COORDINATOR, null, "Coordinator Diaz"));
		String officerOf19 = MeetingPeople.create(this.accounts, Role.OFFICER, 19, "Officer Here");
		String officerOf4 = MeetingPeople.create(this.accounts, Role.OFFICER, 4, "Officer There");

		assertRefused(schedule(coordinator, "1913", "nobody-by-this-name", ""), "facilitatorAccount-error",
				"There is no resident account with this username");
		assertRefused(schedule(coordinator, "1913", officerOf19, ""), "facilitatorAccount-error",
				"There is no resident account with this username");
		assertRefused(schedule(coordinator, "1913", "", MeetingPeople.starOf(this.accounts, officerOf4)),
				"officerStar-error", "No officer with this star number serves in the meeting");
		assertRefused(schedule(coordinator, "1913", "", "99999"), "officerStar-error", "No officer with this star");
		coordinator.get("/meetings/new?lang=es");
		assertRefused(schedule(coordinator, "1913", "nadie", ""), "facilitatorAccount-error",
				"No hay ninguna cuenta de vecino");

		assertThat(this.meetings.next("1913", DAY.minusDays(1).atStartOfDay(CHICAGO).toInstant(), 5)).isEmpty();
		assertThat(MeetingPeople.starOf(this.accounts, officerOf19)).isNotBlank();
	}

	private static void assertRefused(HttpResponse<String> response, String errorId, String message) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).contains("id=\"" + errorId + "\"").contains(message);
	}

	private MeetingOccurrence occurrence(String path) {
		String[] parts = path.split("/");
		MeetingId id = Occurrences.meetingId(parts[2]);
		return this.meetings.next("1911", DAY.minusDays(1).atStartOfDay(CHICAGO).toInstant(), 10)
			.stream()
			.filter((o) -> o.meeting().equals(id))
			.findFirst()
			.orElseThrow();
	}

}
