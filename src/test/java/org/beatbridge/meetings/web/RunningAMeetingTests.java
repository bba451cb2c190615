package org.beatbridge.meetings.web;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.beatbridge.identity.Accounts;
import org.beatbridge.identity.Browser;
import org.beatbridge.identity.Role;
import org.beatbridge.meetings.MeetingId;
import org.beatbridge.meetings.MeetingKind;
import org.beatbridge.meetings.MeetingOccurrence;
import org.beatbridge.meetings.Meetings;
import org.beatbridge.meetings.NewMeeting;
import org.beatbridge.meetings.PriorityProblemSelected;
import org.beatbridge.meetings.domain.MeetingRecords;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
@RecordApplicationEvents
class RunningAMeetingTests {

	static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Meetings meetings;

	@Autowired
	MeetingRecords records;

	@Autowired
	ApplicationEvents events;

	String star;

	MeetingOccurrence scheduleSoon(String beat, String rule) {
		this.star = MeetingPeople.starOf(this.accounts,
				MeetingPeople.create(this.accounts, Role.OFFICER, 20, "Beat Officer"));
		LocalDateTime start = LocalDateTime.now(CHICAGO).plusMinutes(30).truncatedTo(ChronoUnit.MINUTES);
		MeetingId id = this.meetings.schedule(
				new NewMeeting(List.of(beat), null, MeetingKind.HYBRID, "Budlong Library, 5630 N. Lincoln", 41.9836,
						-87.6930, start, start.plusHours(1), rule, List.of("en", "es"), true, "Rosa Díaz", this.star));
		return this.meetings.occurrence(id, start.atZone(CHICAGO).toInstant()).orElseThrow();
	}

	@Test
	void aDistrictOfficerPreparesRunsAndRecordsAMeetingAndThePublicSeesWhatHappened() {
		MeetingOccurrence first = scheduleSoon("2011", "FREQ=MONTHLY");
		Browser officer = MeetingPeople.signedIn(this.port,
				MeetingPeople.create(this.accounts, Role.OFFICER, 20, "Officer Kim"));
		String manage = first.path() + "/manage";

		assertThat(officer.get(manage).statusCode()).isEqualTo(200);
		assertThat(officer.submit(manage + "/agenda/generate").statusCode()).isEqualTo(302);
		String page = officer.get(manage).body();
		assertThat(page).contains("Welcome and introductions: residents")
			.contains("Resident beat facilitator: Rosa Díaz")
			.contains("Beat 2011, the four weeks from")
			.contains("No new concerns were recorded since the last meeting.")
			.contains("Next meeting: ");
		assertThat(new Browser(this.port).get(first.path()).body()).contains("data-agenda=\"none\"");

		officer.get(manage);
		assertThat(officer
			.submit(manage + "/agenda", "welcome", "Welcome, everyone.", "feedback", "None yet.", "conditions",
					"Burglaries up.", "strategies", "Block club walks.", "nextSteps", "Next month.", "publish", "true")
			.statusCode()).isEqualTo(302);
		officer.get(manage);
		officer.submit(manage + "/attendance", "role", "RESIDENT", "name", "Marta Listed", "listed", "true");
		officer.get(manage);
		officer.submit(manage + "/attendance", "role", "RESIDENT", "name", "Juan Unlisted");
		officer.get(manage);
		officer.submit(manage + "/attendance", "role", "OFFICER", "starNumber", "4471");
		officer.get(manage);
		HttpResponse<String> noStar = officer.submit(manage + "/attendance", "role", "OFFICER", "name", "Someone");
		assertThat(noStar.statusCode()).isEqualTo(200);
		assertThat(noStar.body()).contains("id=\"attendee-star-error\"").contains("Record an officer by star number");
		officer.get(manage);
		officer.submit(manage + "/minutes", "minutes", "Twenty neighbours came.", "decisions", "Walk on Fridays.");
		officer.get(manage);
		officer.submit(manage + "/priorities", "title", "Burglaries on Foster", "description", "Garages broken into",
				"strategy", "Alley lights", "contact", "Ana Block Club");
		officer.get(manage);
		HttpResponse<String> noTitle = officer.submit(manage + "/priorities", "title", " ");
		assertThat(noTitle.body()).contains("id=\"priority-title-error\"");
		officer.get(manage);
		officer.submit(manage + "/actions", "description", "Ask CDOT for alley lights", "owner", "Ana", "due",
				"2030-01-15");

		String publicPage = new Browser(this.port).get(first.path()).body();
		assertThat(publicPage).contains("Welcome, everyone.")
			.contains("3 signed in: 2 residents, 1 officer, 0 staff or guests.")
			.contains("Marta Listed")
			.doesNotContain("Juan Unlisted")
			.contains("Twenty neighbours came.")
			.contains("Walk on Fridays.")
			.contains("Burglaries on Foster")
			.contains("Ask CDOT for alley lights")
			.contains("Rosa Díaz")
			.contains("Star #" + this.star);

		MeetingOccurrence second = this.meetings
			.occurrence(first.meeting(), first.originalStart().atZone(CHICAGO).plusMonths(1).toInstant())
			.orElseThrow();
		String next = second.path() + "/manage";
		officer.get(next);
		officer.submit(next + "/agenda/generate");
		assertThat(officer.get(next).body()).contains("Burglaries on Foster: is the strategy (Alley lights) working")
			.contains("Ask CDOT for alley lights (Ana, due");
		String priority = this.records.earlierPriorities(second).get(0).id().toString();
		officer.submit(next + "/priorities/" + priority + "/review", "review", "CLOSE", "note", "Lights installed");
		assertThat(new Browser(this.port).get(second.path()).body()).contains("Burglaries on Foster")
			.contains("data-review=\"CLOSE\"")
			.contains("Lights installed")
			.contains("data-carried-item");
	}

	@Test
	void onlyStaffOfTheMeetingsDistrictMayRunIt() {
		MeetingOccurrence meeting = scheduleSoon("2012", null);
		String manage = meeting.path() + "/manage";
		Browser otherDistrict = MeetingPeople.signedIn(this.port,
				MeetingPeople.create(this.accounts, Role.OFFICER, 4, "Officer Far"));
		Browser resident = MeetingPeople.signedIn(this.port,
				MeetingPeople.create(this.accounts, Role.RESIDENT, null, "Neighbour"));
		Browser coordinator = MeetingPeople.signedIn(this.port,
				MeetingPeople.create(this.accounts, Role.COORDINATOR, null, "Coordinator"));

		assertThat(otherDistrict.get(manage).statusCode()).isEqualTo(403);
		assertThat(resident.get(manage).statusCode()).isEqualTo(403);
		assertThat(new Browser(this.port).get(manage).statusCode()).isEqualTo(302);
		assertThat(coordinator.get(manage).statusCode()).isEqualTo(200);
		assertThat(new Browser(this.port).get("/meetings/not-an-id/20260101T000000Z").statusCode()).isEqualTo(404);
		assertThat(new Browser(this.port).get("/meetings/" + meeting.meeting() + "/20000101T000000Z").statusCode())
			.isEqualTo(404);
		assertThat(new Browser(this.port).get("/meetings/" + meeting.meeting() + "/soon").statusCode()).isEqualTo(404);
	}

	@Test
	void aResidentAsksForInterpretationAndSignsInAndTheFacilitatorsSeeIt() {
		MeetingOccurrence meeting = scheduleSoon("2013", null);
		Browser resident = MeetingPeople.signedIn(this.port,
				MeetingPeople.create(this.accounts, Role.RESIDENT, null, "Lupe Vecina"));
		resident.get(meeting.path());
		assertThat(resident.submit(meeting.path() + "/interpretation", "language", "es").statusCode()).isEqualTo(302);
		resident.get(meeting.path());
		assertThat(resident.submit(meeting.path() + "/attend", "listed", "true").statusCode()).isEqualTo(302);
		assertThat(resident.get(meeting.path()).body()).contains("Lupe Vecina")
			.contains("1 signed in: 1 resident,")
			.doesNotContain("data-attend-form");

		Browser officer = MeetingPeople.signedIn(this.port,
				MeetingPeople.create(this.accounts, Role.OFFICER, 20, "Officer Kim"));
		assertThat(officer.get(meeting.path() + "/manage").body()).contains("data-request=\"es\"")
			.contains("Spanish: 1 residents");
		assertThat(new Browser(this.port).get(meeting.path()).body()).doesNotContain("data-request");
	}

	@Test
	void choosingAPriorityTellsProblemSolving() {
		MeetingOccurrence meeting = scheduleSoon("2024", null);
		this.records.selectPriority(meeting, "Drug sales at the park", "Evenings near the fieldhouse", null, null);
		assertThat(this.events.stream(PriorityProblemSelected.class)).singleElement().satisfies((event) -> {
			assertThat(event.meeting()).isEqualTo(meeting.meeting());
			assertThat(event.occurrenceStart()).isEqualTo(meeting.originalStart());
			assertThat(event.district()).isEqualTo("20");
			assertThat(event.beats()).containsExactly("2024");
			assertThat(event.title()).isEqualTo("Drug sales at the park");
			assertThat(event.description()).isEqualTo("Evenings near the fieldhouse");
		});
	}

}
