package org.beatbridge.meetings.domain;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.beatbridge.crime.CrimeImport;
import org.beatbridge.crime.CrimeStatistics;
import org.beatbridge.crime.UptickSettings;
import org.beatbridge.identity.Accounts;
import org.beatbridge.identity.NewAccount;
import org.beatbridge.identity.Role;
import org.beatbridge.meetings.MeetingConcerns;
import org.beatbridge.meetings.MeetingId;
import org.beatbridge.meetings.MeetingKind;
import org.beatbridge.meetings.MeetingOccurrence;
import org.beatbridge.meetings.MeetingProblems;
import org.beatbridge.meetings.Meetings;
import org.beatbridge.meetings.NewMeeting;
import org.beatbridge.meetings.RaisedConcern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgendaGeneratorTests {

	static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	static final DateTimeFormatter PORTAL = DateTimeFormatter.ofPattern("MM/dd/yyyy hh:mm:ss a", Locale.US);

	@Autowired
	Meetings meetings;

	@Autowired
	MeetingRecords records;

	@Autowired
	CrimeStatistics crime;

	@Autowired
	UptickSettings upticks;

	@Autowired
	MessageSource messages;

	@Autowired
	CrimeImport crimeImport;

	@Autowired
	Accounts accounts;

	MeetingOccurrence last;

	MeetingOccurrence next;

	/**
	 * The crime tests' planted uptick in beat 0422 (same rows, so importing it again
	 * changes nothing for them), and a meeting last month whose priority and action item
	 * are still open.
	 */
	@BeforeAll
	void aBeatWithAnUptickAndAnOpenPriority() {
		StringBuilder csv = new StringBuilder("ID,Case Number,Date,Block,IUCR,Primary Type,Description,"
				+ "Location Description,Arrest,Domestic,Beat,District,Ward,Community Area,FBI Code,X Coordinate,"
				+ "Y Coordinate,Year,Updated On,Latitude,Longitude,Location\n");
		LocalDateTime monday = LocalDateTime.of(2015, 1, 5, 10, 0);
		long id = 1;
		for (int week = 0; week < 15; week++) {
			for (int i = 0; i < ((week == 14) ? 15 : 2); i++) {
				csv.append(id)
					.append(",HY")
					.append(id++)
					.append(",")
					.append(PORTAL.format(monday.plusWeeks(week).plusHours(i)))
					.append(",081XX S COLES AVE,1320,CRIMINAL DAMAGE,TO VEHICLE,STREET,false,false,0422,004,7,46,14,")
					.append("1198273,1851626,2015,02/15/2015 12:43:39 PM,41.747693646,-87.549035389,")
					.append("\"(41.747693646, -87.549035389)\"\n");
			}
		}
		this.crimeImport.importFrom(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));

		LocalDateTime lastStart = LocalDate.now(CHICAGO).minusDays(30).atTime(LocalTime.of(18, 0));
		MeetingId lastMeeting = this.meetings.schedule(new NewMeeting(List.of("0422"), null, MeetingKind.IN_PERSON,
				"South Chicago Library", null, null, lastStart, lastStart.plusHours(1), null, List.of("en"), false));
		this.last = this.meetings.occurrence(lastMeeting, lastStart.atZone(CHICAGO).toInstant()).orElseThrow();
		this.records.selectPriority(this.last, "Cars vandalised on Coles", null, "Camera at the alley", "Mr. Ortiz");
		this.records.addActionItem(this.last, "Ask for a POD camera", "Sgt. Lee", LocalDate.now(CHICAGO).plusDays(3));

		this.accounts.create(new NewAccount("agenda-officer-4472", null, "Officer Ortiz", "lantern orbit tamale gravel",
				Set.of(Role.OFFICER), "4472", 4, List.of()));
		LocalDateTime nextStart = LocalDate.now(CHICAGO).plusDays(3).atTime(LocalTime.of(18, 0));
		MeetingId nextMeeting = this.meetings
			.schedule(new NewMeeting(List.of("0422"), null, MeetingKind.IN_PERSON, "South Chicago Library", null, null,
					nextStart, nextStart.plusHours(1), null, List.of("en"), true, "Ana Ortiz", "4472"));
		this.next = this.meetings.occurrence(nextMeeting, nextStart.atZone(CHICAGO).toInstant()).orElseThrow();
	}

	AgendaGenerator generator(MeetingConcerns... concerns) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		for (int i = 0; i < concerns.length; i++) {
			beans.addBean("concerns" + i, concerns[i]);
		}
		return new AgendaGenerator(this.meetings, this.records, this.crime, this.upticks,
				beans.getBeanProvider(MeetingConcerns.class), beans.getBeanProvider(MeetingProblems.class),
				this.messages);
	}

	@Test
	void theAgendaFollowsTheCapsTemplateFromTheBeatsOwnRecords() {
		Agenda agenda = generator().generate(this.next, Locale.ENGLISH);

		assertThat(agenda.welcome()).contains("Welcome and introductions")
			.contains("Resident beat facilitator: Ana Ortiz")
			.contains("Beat officer: star #4472")
			.contains("Interpretation is available.");
		assertThat(agenda.feedback())
			.contains("Cars vandalised on Coles: is the strategy (Camera at the alley) working")
			.contains("Community contact: Mr. Ortiz")
			.contains("Action items carried over:")
			.contains("Ask for a POD camera (Sgt. Lee, due");
		assertThat(agenda.conditions()).contains("Beat 0422, the four weeks from")
			.contains("21 incidents")
			.contains("Uptick in Vandalism: 15 incidents")
			.contains("No new concerns were recorded since the last meeting.");
		assertThat(agenda.strategies()).contains("Cars vandalised on Coles: strategy: Camera at the alley");
		assertThat(agenda.nextSteps()).contains("Next meeting: to be set.").contains("Working groups");
		assertThat(agenda.published()).isFalse();
	}

	@Test
	void newConcernsComeFromTheConcernsModuleMostSupportedFirst() {
		MeetingConcerns concerns = (beats, since, until) -> {
			assertThat(beats).containsExactly("0422");
			assertThat(since).isEqualTo(this.last.start());
			return List.of(new RaisedConcern("0422", "Broken street lights", 3),
					new RaisedConcern("0422", "Speeding on 83rd", 12));
		};
		String conditions = generator(concerns).generate(this.next, Locale.ENGLISH).conditions();
		assertThat(conditions).contains("New concerns raised since the last meeting, most supported first:");
		assertThat(conditions.indexOf("Speeding on 83rd (beat 0422, 12 supporters)"))
			.isLessThan(conditions.indexOf("Broken street lights"))
			.isPositive();
	}

	@Test
	void aSpanishFacilitatorGetsTheAgendaInSpanish() {
		Agenda agenda = generator().generate(this.next, Locale.forLanguageTag("es"));
		assertThat(agenda.welcome()).contains("Bienvenida y presentaciones");
		assertThat(agenda.conditions()).contains("Sector 0422").contains("Aumento de Vandalismo");
	}

	@Test
	void aClosedPriorityLeavesTheNextAgendas() {
		MeetingOccurrence meeting = this.next;
		Map<String, Integer> none = this.records.interpretationRequests(meeting);
		assertThat(none).isEmpty();
		LocalDateTime start = LocalDate.now(CHICAGO).minusDays(60).atTime(LocalTime.of(18, 0));
		MeetingId id = this.meetings.schedule(new NewMeeting(List.of("0421"), null, MeetingKind.IN_PERSON, "Library",
				null, null, start, start.plusHours(1), "FREQ=MONTHLY", List.of("en"), false));
		MeetingOccurrence first = this.meetings.occurrence(id, start.atZone(CHICAGO).toInstant()).orElseThrow();
		MeetingOccurrence second = this.meetings.occurrence(id, start.plusMonths(1).atZone(CHICAGO).toInstant())
			.orElseThrow();
		MeetingOccurrence third = this.meetings.occurrence(id, start.plusMonths(2).atZone(CHICAGO).toInstant())
			.orElseThrow();
		var priority = this.records.selectPriority(first, "Graffiti on 79th", null, null, null);
		this.records.reviewPriority(second, priority.id(), "CLOSE", "Painted over", null);

		assertThat(this.records.earlierPriorities(second)).extracting(Priority::title).contains("Graffiti on 79th");
		assertThat(this.records.earlierPriorities(third)).extracting(Priority::title)
			.doesNotContain("Graffiti on 79th");
	}

}
