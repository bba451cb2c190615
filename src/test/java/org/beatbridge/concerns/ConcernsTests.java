package org.beatbridge.concerns;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.awaitility.Awaitility;
import org.beatbridge.crime.BlockLocations;
import org.beatbridge.identity.AccountView;
import org.beatbridge.identity.Accounts;
import org.beatbridge.identity.NewAccount;
import org.beatbridge.identity.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcernsTests {

	// On W Fargo Ave in Rogers Park, beat 2424
	static final double FARGO_LATITUDE = 42.01605;

	static final double FARGO_LONGITUDE = -87.67640;

	static final Actor OFFICER = Actor.staff(7, Role.OFFICER);

	@Autowired
	Concerns concerns;

	@Autowired
	ConcernStatistics statistics;

	@Autowired
	BlockLocations blocks;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	Accounts accounts;

	@Autowired
	org.beatbridge.meetings.MeetingConcerns meetingConcerns;

	@BeforeAll
	void importTwoIncidentsOnTheBlockOf1800WFargo() {
		CrimeFixtures.incident(this.jdbc, 9_000_001, "018XX W FARGO AVE", FARGO_LATITUDE, FARGO_LONGITUDE);
		CrimeFixtures.incident(this.jdbc, 9_000_002, "018XX W FARGO AVE", FARGO_LATITUDE + 0.0002,
				FARGO_LONGITUDE + 0.0004);
		this.blocks.refresh();
	}

	@Test
	void reportsAConcernAtAPointInItsBeat() {
		ConcernReceipt receipt = this.concerns.report(NewConcern.anonymousAt("noise",
				"Loud parties every night until 3am.", FARGO_LATITUDE, FARGO_LONGITUDE));
		assertThat(receipt.beat()).isEqualTo("2424");
		assertThat(receipt.district()).isEqualTo("24");
		assertThat(receipt.trackingToken()).hasSize(43);
		ConcernView view = this.concerns.find(receipt.id()).orElseThrow();
		assertThat(view.status()).isEqualTo(ConcernStatus.OPEN);
		assertThat(view.category()).isEqualTo("noise");
		assertThat(view.blockAddress()).isEqualTo("018XX W FARGO AVE");
		assertThat(view.point().latitude()).isNotEqualTo(FARGO_LATITUDE);
		assertThat(view.updates()).singleElement().satisfies((update) -> {
			assertThat(update.from()).isNull();
			assertThat(update.to()).isEqualTo(ConcernStatus.OPEN);
		});
		assertThat(this.events.stream(ConcernReported.class))
			.anySatisfy((event) -> assertThat(event.id()).isEqualTo(receipt.id()));
	}

	@Test
	void locatesATypedBlockAddressFromTheCrimeIncidents() {
		NewConcern typed = new NewConcern("street-light-out", "The alley light has been out for two weeks.", null, null,
				"1842 West Fargo Avenue", null, null, true, null, ConcernSource.WEB, Map.of(), null, "en");
		ConcernReceipt receipt = this.concerns.report(typed);
		assertThat(receipt.beat()).isEqualTo("2424");
		assertThat(this.concerns.find(receipt.id()).orElseThrow().blockAddress()).isEqualTo("018XX W FARGO AVE");
	}

	@Test
	void refusesABlockNobodyKnowsWithAClearMessage() {
		NewConcern typed = new NewConcern("noise", "Loud parties every night until 3am.", null, null,
				"99999 N Nowhere St", null, null, true, null, ConcernSource.WEB, Map.of(), null, "en");
		assertThatThrownBy(() -> this.concerns.report(typed)).isInstanceOfSatisfying(InvalidConcern.class,
				(invalid) -> {
					assertThat(invalid.errorOf("address").code()).isEqualTo("concerns.error.address.unknown");
					assertThat(invalid.errorOf("address").message()).contains("1800 W Fargo Ave");
				});
	}

	@Test
	void refusesAPointOutsideTheCity() {
		assertThatThrownBy(() -> this.concerns
			.report(NewConcern.anonymousAt("noise", "Loud parties every night until 3am.", 41.0, -87.6)))
			.isInstanceOfSatisfying(InvalidConcern.class, (invalid) -> assertThat(invalid.errorOf("location").code())
				.isEqualTo("concerns.error.location.outside-city"));
	}

	@Test
	void listsEveryBadFieldAtOnceAndSavesNothing() {
		long before = count("concerns");
		NewConcern bad = new NewConcern("no-such-thing", " ", 95.0, null, null, new byte[] { 1, 2, 3 },
				new Contact("x".repeat(101), "not-an-email", "12"), false, null, ConcernSource.WEB, Map.of(), null,
				null);
		assertThatThrownBy(() -> this.concerns.report(bad)).isInstanceOfSatisfying(InvalidConcern.class,
				(invalid) -> assertThat(invalid.errors()).extracting(FieldError::field)
					.containsExactlyInAnyOrder("category", "description", "latitude", "longitude", "photo",
							"contactName", "contactEmail", "contactPhone"));
		assertThat(count("concerns")).isEqualTo(before);
		assertThat(count("concern_transitions")).isEqualTo(count("concerns") + transitionsAfterReports());
	}

	@Test
	void refusesContactDetailsOnAnAnonymousConcern() {
		NewConcern mixed = new NewConcern("noise", "Loud parties every night until 3am.", FARGO_LATITUDE,
				FARGO_LONGITUDE, null, null, new Contact(null, "me@example.com", null), true, null, ConcernSource.WEB,
				Map.of(), null, null);
		assertThatThrownBy(() -> this.concerns.report(mixed)).isInstanceOfSatisfying(InvalidConcern.class,
				(invalid) -> assertThat(invalid.errorOf("anonymous").code())
					.isEqualTo("concerns.error.anonymous.with-contact"));
	}

	@Test
	void keepsNothingIdentifyingOfAnAnonymousReporter() {
		NewConcern anonymous = new NewConcern("drug-sales", "Selling from a car by the alley most evenings.",
				FARGO_LATITUDE, FARGO_LONGITUDE, null, null, null, true, null, ConcernSource.OPEN311,
				Map.of("time-of-day", "evening"), "device-123", "es");
		ConcernReceipt receipt = this.concerns.report(anonymous);
		assertThat(this.jdbc.sql("select count(*) from concern_reporters where concern_id = ?")
			.param(receipt.id().value())
			.query(Long.class)
			.single()).isZero();
		String row = this.jdbc.sql("select c::text from concerns c where id = ?")
			.param(receipt.id().value())
			.query(String.class)
			.single();
		assertThat(row).doesNotContain("device-123").doesNotContain(receipt.trackingToken());
	}

	@Test
	void keepsASignedInReportersContactForStaffButNeverInTheView() {
		NewConcern named = new NewConcern("graffiti", "Gang tags on the garage doors in the alley.", FARGO_LATITUDE,
				FARGO_LONGITUDE, null, null, new Contact("Ana Ruiz", "ana@example.com", "312-555-0100"), false, 42L,
				ConcernSource.WEB, Map.of(), null, "es");
		ConcernReceipt receipt = this.concerns.report(named);
		assertThat(this.jdbc.sql("select contact_email from concern_reporters where concern_id = ?")
			.param(receipt.id().value())
			.query(String.class)
			.single()).isEqualTo("ana@example.com");
		assertThat(this.concerns.find(receipt.id()).orElseThrow().toString()).doesNotContain("Ana")
			.doesNotContain("ana@example.com");
		assertThat(this.concerns.reportedBy(42, 10)).extracting(ConcernView::id).contains(receipt.id());
		assertThat(this.jdbc.sql("select account_id from concern_reporters where concern_id = ?")
			.param(receipt.id().value())
			.query(Long.class)
			.single()).isEqualTo(42L);
	}

	@Test
	void findsAConcernByItsTrackingTokenOnly() {
		ConcernReceipt receipt = this.concerns.report(NewConcern.anonymousAt("speeding",
				"Cars race down Fargo after school lets out.", FARGO_LATITUDE, FARGO_LONGITUDE));
		assertThat(this.concerns.findByTrackingToken(receipt.trackingToken())).map(ConcernView::id)
			.contains(receipt.id());
		assertThat(this.concerns.findByTrackingToken(receipt.trackingToken().substring(1) + "A")).isEmpty();
		assertThat(this.concerns.findByTrackingToken("<script>")).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from concerns where tracking_token_hash = ?::bytea")
			.param(receipt.trackingToken())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void offersSimilarOpenConcernsNearbyAndCountsMeTooOncePerSupporter() {
		ConcernReceipt first = this.concerns.report(NewConcern.anonymousAt("abandoned-building",
				"The empty two-flat has its back door open.", FARGO_LATITUDE, FARGO_LONGITUDE));
		ConcernReceipt second = this.concerns.report(NewConcern.anonymousAt("abandoned-building",
				"Back door of the vacant two-flat is open.", FARGO_LATITUDE + 0.0005, FARGO_LONGITUDE));
		assertThat(second.similarOpenNearby()).contains(first.id());
		assertThat(this.concerns.similarOpenNearby("abandoned-building", FARGO_LATITUDE + 0.01, FARGO_LONGITUDE))
			.isEmpty();
		assertThat(this.concerns.similarOpenNearby("noise", FARGO_LATITUDE, FARGO_LONGITUDE))
			.extracting(ConcernView::id)
			.doesNotContain(first.id());
		assertThat(this.concerns.meToo(first.id(), "account:5")).isEqualTo(1);
		assertThat(this.concerns.meToo(first.id(), "account:5")).isEqualTo(1);
		assertThat(this.concerns.meToo(first.id(), "account:6")).isEqualTo(2);
		this.concerns.changeStatus(first.id(), ConcernStatus.RESOLVED, OFFICER, "Boarded up by the city.");
		assertThat(this.concerns.similarOpenNearby("abandoned-building", FARGO_LATITUDE, FARGO_LONGITUDE))
			.extracting(ConcernView::id)
			.doesNotContain(first.id());
		assertThatThrownBy(() -> this.concerns.meToo(first.id(), "account:9")).isInstanceOf(ConcernChangeRefused.class);
	}

	@Test
	void findsSimilarConcernsAcrossTheEdgesOfTheSearchCellsButNotBeyondTheRadius() {
		// 42.015 is an edge of the cells the search reads (latitude x 400 is whole)
		ConcernReceipt south = this.concerns.report(NewConcern.anonymousAt("gambling",
				"Dice games on the sidewalk every evening.", 42.01499, FARGO_LONGITUDE));
		ConcernReceipt farNorth = this.concerns.report(NewConcern.anonymousAt("gambling",
				"Card games in the gangway behind the store.", 42.01499 + 0.0027, FARGO_LONGITUDE));
		List<ConcernId> found = this.concerns.similarOpenNearby("gambling", 42.01501, FARGO_LONGITUDE + 0.0001)
			.stream()
			.map(ConcernView::id)
			.toList();
		assertThat(found).contains(south.id()).doesNotContain(farNorth.id());
		// about 230 m north-east: within 250 m, two cells away in each direction
		assertThat(this.concerns.similarOpenNearby("gambling", 42.01499 + 0.0015, FARGO_LONGITUDE + 0.0021))
			.extracting(ConcernView::id)
			.contains(south.id());
	}

	@Test
	void hintsNameTheNearestSimilarConcernsWithinTheRadiusNearestFirst() {
		// north of the point in steps of about 22 m, and one 300 m away, in the corner of
		// the box the search reads
		double latitude = 41.9050;
		double longitude = -87.7200;
		List<ConcernId> steps = new ArrayList<>();
		for (int step = 6; step >= 1; step--) {
			steps.add(0,
					this.concerns
						.report(NewConcern.anonymousAt("prostitution",
								"Cars stopping at the corner, step " + step + ".", latitude + 0.0002 * step, longitude))
						.id());
		}
		ConcernReceipt corner = this.concerns.report(NewConcern.anonymousAt("prostitution",
				"Cars stopping by the alley at night.", latitude + 0.0020, longitude + 0.0025));
		assertThat(this.concerns.similarOpenNearby("prostitution", latitude, longitude)).extracting(ConcernView::id)
			.containsExactlyElementsOf(steps.subList(0, 5))
			.doesNotContain(steps.get(5), corner.id());
	}

	@Test
	void recordsEveryTransitionWithWhoAndWhenAndRefusesIllegalOnes() {
		ConcernReceipt receipt = this.concerns.report(NewConcern.anonymousAt("vandalism",
				"Car windows smashed along the block overnight.", FARGO_LATITUDE, FARGO_LONGITUDE));
		this.concerns.changeStatus(receipt.id(), ConcernStatus.ACKNOWLEDGED, OFFICER, null);
		ConcernView referred = this.concerns.changeStatus(receipt.id(), ConcernStatus.REFERRED, OFFICER,
				"Sent to Streets and Sanitation.");
		assertThat(referred.status()).isEqualTo(ConcernStatus.REFERRED);
		assertThat(referred.latestPublicUpdate()).isEqualTo("Sent to Streets and Sanitation.");
		assertThat(referred.updates()).extracting(ConcernUpdate::to)
			.containsExactly(ConcernStatus.OPEN, ConcernStatus.ACKNOWLEDGED, ConcernStatus.REFERRED);
		assertThatThrownBy(() -> this.concerns.changeStatus(receipt.id(), ConcernStatus.ACKNOWLEDGED, OFFICER, null))
			.isInstanceOf(ConcernChangeRefused.class)
			.hasMessageContaining("REFERRED")
			.hasMessageContaining("ACKNOWLEDGED");
		assertThatThrownBy(() -> this.concerns.changeStatus(receipt.id(), ConcernStatus.RESOLVED,
				new Actor(3L, Role.RESIDENT.name()), null))
			.isInstanceOf(ConcernChangeRefused.class);
		List<String> recorded = this.jdbc
			.sql("select coalesce(actor_account_id::text, '-') || ' ' || actor_role || ' ' || to_status"
					+ " from concern_transitions where concern_id = ? order by id")
			.param(receipt.id().value())
			.query(String.class)
			.list();
		assertThat(recorded).containsExactly("- ANONYMOUS OPEN", "7 OFFICER ACKNOWLEDGED", "7 OFFICER REFERRED");
		assertThat(this.events.stream(ConcernStatusChanged.class))
			.anySatisfy((event) -> assertThat(event.to()).isEqualTo(ConcernStatus.REFERRED));
	}

	@Test
	void moderationChangesWhatThePublicSeesAndKeepsTheOriginal() {
		ConcernReceipt receipt = this.concerns.report(NewConcern.anonymousAt("noise",
				"John Smith at 1842 apt 2 plays music all night.", FARGO_LATITUDE, FARGO_LONGITUDE));
		this.concerns.moderate(receipt.id(), "A neighbour plays music all night.", OFFICER);
		assertThat(this.concerns.find(receipt.id()).orElseThrow().description())
			.isEqualTo("A neighbour plays music all night.");
		assertThat(this.jdbc.sql("select description from concerns where id = ?")
			.param(receipt.id().value())
			.query(String.class)
			.single()).contains("John Smith");
		assertThat(this.jdbc.sql("select count(*) from concern_moderations where concern_id = ?")
			.param(receipt.id().value())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void searchesABeatNewestFirstByStatusAndCategory() {
		ConcernReceipt older = this.concerns.report(NewConcern.anonymousAt("gambling",
				"Dice games on the corner every weekend.", FARGO_LATITUDE, FARGO_LONGITUDE));
		ConcernReceipt newer = this.concerns.report(NewConcern.anonymousAt("gambling",
				"Dice games again on the corner tonight.", FARGO_LATITUDE, FARGO_LONGITUDE));
		List<ConcernView> found = this.concerns.search(new ConcernQuery(List.of("2424"), null, List.of("gambling"),
				List.of(ConcernStatus.OPEN), Instant.now().minus(1, ChronoUnit.HOURS), null, 10));
		assertThat(found).extracting(ConcernView::id).containsSubsequence(newer.id(), older.id());
		assertThat(
				this.concerns.search(new ConcernQuery(List.of("111"), null, List.of("gambling"), null, null, null, 10)))
			.isEmpty();
		assertThat(this.concerns.search(new ConcernQuery(null, "024", List.of("gambling"), null, null, null, 1)))
			.hasSize(1);
	}

	@Test
	void countsPerBeatAndCategoryForTheMeetingAgenda() {
		this.concerns.report(NewConcern.anonymousAt("trespassing", "People sleeping in the closed garage.",
				FARGO_LATITUDE, FARGO_LONGITUDE));
		ConcernReceipt supported = this.concerns.report(NewConcern.anonymousAt("trespassing",
				"Kids climbing the fence into the closed garage.", FARGO_LATITUDE, FARGO_LONGITUDE));
		this.concerns.meToo(supported.id(), "account:77");
		List<ConcernCount> counts = this.statistics.counts(List.of("2424"), null,
				Instant.now().minus(7, ChronoUnit.DAYS));
		assertThat(counts).filteredOn((count) -> count.category().equals("trespassing"))
			.singleElement()
			.satisfies((count) -> {
				assertThat(count.open()).isEqualTo(2);
				assertThat(count.reportedSince()).isEqualTo(2);
				assertThat(count.supporters()).isEqualTo(1);
			});
		assertThat(this.statistics.mostSupported(List.of("2424"), 3)).extracting(ConcernView::id)
			.contains(supported.id());
	}

	@Test
	void asksTheQuestionsOfACategoryAndChecksTheAnswers() {
		NewConcern missing = new NewConcern("abandoned-vehicle", "A van without plates for a month now.",
				FARGO_LATITUDE, FARGO_LONGITUDE, null, null, null, true, null, ConcernSource.OPEN311,
				Map.of("colour", "red"), null, null);
		assertThatThrownBy(() -> this.concerns.report(missing)).isInstanceOfSatisfying(InvalidConcern.class,
				(invalid) -> assertThat(invalid.errors()).extracting(FieldError::field)
					.containsExactlyInAnyOrder("attribute.colour", "attribute.vehicle-description"));
		NewConcern wrongChoice = new NewConcern("speeding", "Cars race down the street every evening.", FARGO_LATITUDE,
				FARGO_LONGITUDE, null, null, null, true, null, ConcernSource.OPEN311, Map.of("time-of-day", "teatime"),
				null, null);
		assertThatThrownBy(() -> this.concerns.report(wrongChoice)).isInstanceOfSatisfying(InvalidConcern.class,
				(invalid) -> assertThat(invalid.errorOf("attribute.time-of-day").message()).contains("late-night"));
	}

	@Test
	void namesCategoriesInSpanish() {
		assertThat(this.concerns.categories(Locale.forLanguageTag("es")))
			.filteredOn((category) -> category.code().equals("drug-sales"))
			.singleElement()
			.satisfies((category) -> assertThat(category.name()).isEqualTo("Venta de drogas"));
		assertThat(this.concerns.categories(Locale.ENGLISH)).extracting(ConcernCategory::code)
			.contains("vandalism", "burglary", "noise", "street-light-out", "speeding", "other");
		assertThat(this.concerns.categories(Locale.ENGLISH))
			.filteredOn((category) -> category.code().equals("speeding"))
			.singleElement()
			.satisfies((category) -> assertThat(category.attributes()).extracting(CategoryAttribute::code)
				.containsExactly("vehicle-description", "time-of-day"));
	}

	@Test
	void tellsTheReporterByEmailAndInboxButNobodyForAnAnonymousConcern() {
		AccountView resident = this.accounts
			.create(NewAccount.resident("rosa.notified@example.com", "Rosa", "tangerine-violin-harbour-1917"));
		ConcernReceipt signedIn = this.concerns
			.report(new NewConcern("street-light-out", "Three lights out along the alley since Monday.", FARGO_LATITUDE,
					FARGO_LONGITUDE, null, null, null, false, resident.id(), ConcernSource.WEB, Map.of(), null, "es"));
		ConcernReceipt byEmail = this.concerns
			.report(new NewConcern("street-light-out", "The light at the corner flickers all night.", FARGO_LATITUDE,
					FARGO_LONGITUDE, null, null, new Contact(null, "neighbour.notified@example.com", null), false, null,
					ConcernSource.WEB, Map.of(), null, "en"));
		ConcernReceipt anonymous = this.concerns.report(NewConcern.anonymousAt("street-light-out",
				"The alley light is out again this week.", FARGO_LATITUDE, FARGO_LONGITUDE));
		for (ConcernReceipt receipt : List.of(signedIn, byEmail, anonymous)) {
			this.concerns.changeStatus(receipt.id(), ConcernStatus.REFERRED, OFFICER, "Sent to CDOT.");
		}
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(notice(signedIn.id())).contains(resident.id() + "|null|Su asunto " + signedIn.id());
			assertThat(notice(byEmail.id()))
				.contains("null|neighbour.notified@example.com|Your concern " + byEmail.id());
		});
		assertThat(notice(signedIn.id())).contains("Sent to CDOT.").contains("Enviado a un servicio de la ciudad");
		assertThat(notice(anonymous.id())).isEmpty();
	}

	private String notice(ConcernId id) {
		return String.join("\n", this.jdbc
			.sql("select coalesce(account_id::text, 'null') || '|' || coalesce(email_address, 'null') || '|' || subject"
					+ " || '|' || coalesce(body, '') from notices where topic = ?")
			.param("concern:" + id)
			.query(String.class)
			.list());
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private long transitionsAfterReports() {
		return this.jdbc.sql("select count(*) from concern_transitions where from_status is not null")
			.query(Long.class)
			.single();
	}

	@Test
	void theMeetingAgendaListsTheBeatsNewConcernsMostSupportedFirstWithoutTheReporter() {
		java.time.Instant since = java.time.Instant.now().minusSeconds(1);
		this.concerns
			.report(NewConcern.anonymousAt("noise", "Music from the garage every night.", 41.967412455, -87.704773815));
		ConcernReceipt supported = this.concerns.report(NewConcern.anonymousAt("street-light-out",
				"The alley light has been out since October.", 41.967412455, -87.704773815));
		this.concerns.meToo(supported.id(), "account:41");
		this.concerns.meToo(supported.id(), "account:42");

		java.util.List<org.beatbridge.meetings.RaisedConcern> raised = this.meetingConcerns
			.raisedBetween(java.util.List.of("1713"), since, java.time.Instant.now().plusSeconds(1));

		assertThat(raised).hasSize(2);
		assertThat(raised.get(0).title()).contains("The alley light has been out");
		assertThat(raised.get(0).supporters()).isGreaterThan(raised.get(1).supporters());
		assertThat(raised.get(1).title()).contains("Music from the garage");
		assertThat(this.meetingConcerns.raisedBetween(java.util.List.of("1712"), since,
				java.time.Instant.now().plusSeconds(1)))
			.isEmpty();
	}

}
