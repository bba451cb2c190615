package org.beatbridge.problems;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.awaitility.Awaitility;
import org.beatbridge.crime.UptickDetected;
import org.beatbridge.crime.UpticksDetected;
import org.beatbridge.problems.domain.Actor;
import org.beatbridge.problems.domain.Analysis;
import org.beatbridge.problems.domain.CaseChangedElsewhere;
import org.beatbridge.problems.domain.CaseWork;
import org.beatbridge.problems.domain.Cases;
import org.beatbridge.problems.domain.OpenCase;
import org.beatbridge.problems.domain.ProblemCase;
import org.beatbridge.problems.domain.Suggestion;
import org.beatbridge.problems.domain.Suggestions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Cases in the database: concurrent edits do not lose updates, and upticks become
 * suggestions, once.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class CaseStorageTests {

	static final Actor OFFICER = new Actor(null, "Officer Test");

	@Autowired
	CaseWork work;

	@Autowired
	Cases cases;

	@Autowired
	Suggestions suggestions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theSecondOfTwoConcurrentEditsIsRefusedInsteadOfOverwritingTheFirst() {
		long id = this.work.open(new OpenCase("Graffiti on the viaduct", "Tags every weekend", null, List.of("1713"),
				List.of("vandalism"), null), OFFICER);
		ProblemCase mine = this.cases.find(id).orElseThrow();
		ProblemCase theirs = this.cases.find(id).orElseThrow();

		theirs.updateScanning(new ProblemCase.Scanning("Graffiti on the Kedzie viaduct", "Tags every weekend",
				"Raised by the block club", List.of("vandalism"), null, null));
		this.cases.save(theirs);
		mine.updateScanning(new ProblemCase.Scanning("Graffiti", "Mine", null, List.of(), null, null));

		assertThatThrownBy(() -> this.cases.save(mine)).isInstanceOf(CaseChangedElsewhere.class)
			.hasMessageContaining("Someone else changed case " + id)
			.hasMessageContaining("Reload");
		assertThat(this.cases.find(id).orElseThrow().title()).isEqualTo("Graffiti on the Kedzie viaduct");
		assertThatThrownBy(() -> this.work.recordAnalysis(id, mine.version(), Analysis.NONE))
			.isInstanceOf(CaseChangedElsewhere.class);
	}

	@Test
	void storesTheWholeCaseAndItsHistory() {
		long id = this.work.open(new OpenCase("Drug sales at the corner", "Hand-to-hand sales evenings",
				"Residents' top concern", List.of("1713"), List.of("drug-sales"), null), OFFICER);
		int version = this.cases.find(id).orElseThrow().version();
		this.work.moveTo(id, version, ProblemStage.ANALYSIS, "Chosen at the meeting", Optional.empty(), OFFICER);
		ProblemCase stored = this.cases.find(id).orElseThrow();
		assertThat(stored.stage()).isEqualTo(ProblemStage.ANALYSIS);
		assertThat(stored.version()).isEqualTo(version + 1);
		assertThat(stored.whyPriority()).isEqualTo("Residents' top concern");
		assertThat(stored.history()).extracting((change) -> change.reason())
			.containsExactly("Opened", "Chosen at the meeting");
	}

	@Test
	void anUptickBecomesOneSuggestionNotACase() {
		UptickDetected uptick = new UptickDetected("2532", "25", "burglary", LocalDate.of(2017, 2, 6),
				LocalDate.of(2017, 2, 13), 14, 4.2, 0.0004);
		int casesBefore = this.cases.ofBeat("2532").size();
		this.transactions
			.executeWithoutResult((status) -> this.events.publishEvent(new UpticksDetected(List.of(uptick))));
		this.transactions
			.executeWithoutResult((status) -> this.events.publishEvent(new UpticksDetected(List.of(uptick))));

		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> this.suggestions.pending(Optional.of("25"))
				.stream()
				.anyMatch((s) -> s.sourceReference().equals("2532/burglary/2017-02-06")));
		List<Suggestion> found = this.suggestions.pending(Optional.of("25"))
			.stream()
			.filter((s) -> s.sourceReference().equals("2532/burglary/2017-02-06"))
			.toList();
		assertThat(found).hasSize(1);
		assertThat(found.get(0).detail()).contains("14 incidents where about 4 were expected");
		assertThat(this.cases.ofBeat("2532")).hasSize(casesBefore);
	}

	@Test
	void noSuggestionWhileAnOpenCaseCoversTheBeatAndCategory() {
		this.work.open(new OpenCase("Car thefts", "Cars stolen overnight", null, List.of("1713"),
				List.of("vehicle-theft"), null), OFFICER);
		assertThat(this.problemSuggestion("1713", "vehicle-theft")).isEmpty();
		assertThat(this.problemSuggestion("1713", "arson")).isPresent();
	}

	private Optional<Long> problemSuggestion(String beat, String category) {
		return this.work.suggest(new SuggestedProblem("UPTICK", beat + "/" + category + "/test", List.of(beat),
				category, category + " uptick", null));
	}

}
