package org.beatbridge.problems.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.beatbridge.problems.ProblemStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProblemCaseTests {

	static final Instant NOW = Instant.parse("2017-03-01T15:00:00Z");

	static final LocalDate TODAY = LocalDate.of(2017, 3, 1);

	static final Analysis COMPLETE = new Analysis("Youths from outside the block", "Parked cars",
			"Alley behind 4800 N Kedzie", null, "Neighbours on the block club", "Property manager of 4810",
			"Poor lighting invites break-ins", "12 weeks of incidents, 311 light outages");

	static ProblemCase inStage(ProblemStage stage) {
		ProblemCase problem = ProblemCase.open(
				new ProblemCase.Scanning("Car break-ins", "Cars broken into at night", "Residents raised it",
						List.of("theft"), null, null),
				"17", List.of("1713"), CaseSource.HAND, null, 1L, "Officer Ruiz", NOW);
		if (stage == ProblemStage.SCANNING) {
			return problem;
		}
		problem.moveTo(ProblemStage.ANALYSIS, "Priority at the beat meeting", 1L, "Ruiz", NOW, TODAY, Optional.empty());
		if (stage == ProblemStage.ANALYSIS) {
			return problem;
		}
		problem.recordAnalysis(COMPLETE);
		problem.moveTo(ProblemStage.RESPONSE, "Analysis done", 1L, "Ruiz", NOW, TODAY, Optional.empty());
		if (stage == ProblemStage.RESPONSE) {
			return problem;
		}
		problem.addAction(action(OwnerType.OFFICER, null));
		problem.moveTo(ProblemStage.ASSESSMENT, "Actions carried out", 1L, "Ruiz", NOW, TODAY, Optional.empty());
		if (stage == ProblemStage.ASSESSMENT) {
			return problem;
		}
		problem.recordAssessment(null, "Fewer break-ins", Outcome.REDUCED);
		problem.moveTo(ProblemStage.CLOSED, "Assessed", 1L, "Ruiz", NOW, TODAY, Optional.empty());
		return problem;
	}

	static ResponseAction action(OwnerType type, String serviceRequest) {
		return new ResponseAction(null, "Fix the alley lights", type, "Beat officer", "Ana Ruiz", false, serviceRequest,
				TODAY.plusWeeks(2), ActionStatus.PLANNED);
	}

	@ParameterizedTest
	@EnumSource(ProblemStage.class)
	void refusesEveryTransitionTheModelDoesNotAllow(ProblemStage from) {
		for (ProblemStage target : ProblemStage.values()) {
			if (from.canMoveTo(target)) {
				continue;
			}
			ProblemCase problem = inStage(from);
			assertThatThrownBy(() -> problem.moveTo(target, "because", 1L, "Ruiz", NOW, TODAY, Optional.empty()))
				.isInstanceOf(CaseRefused.class)
				.extracting((e) -> ((CaseRefused) e).code())
				.isEqualTo("problems.refused.transition");
			assertThat(problem.stage()).isEqualTo(from);
		}
	}

	@Test
	void allowsOnlyTheSaraStepsAndTheReturnToAnalysis() {
		assertThat(ProblemStage.SCANNING.next()).containsExactly(ProblemStage.ANALYSIS);
		assertThat(ProblemStage.ANALYSIS.next()).containsExactly(ProblemStage.RESPONSE);
		assertThat(ProblemStage.RESPONSE.next()).containsExactly(ProblemStage.ASSESSMENT);
		assertThat(ProblemStage.ASSESSMENT.next()).isEqualTo(EnumSet.of(ProblemStage.ANALYSIS, ProblemStage.CLOSED));
		assertThat(ProblemStage.CLOSED.next()).isEmpty();
	}

	@Test
	void refusesTheResponseWithoutACompleteAnalysis() {
		ProblemCase problem = inStage(ProblemStage.ANALYSIS);
		assertThatThrownBy(() -> problem.moveTo(ProblemStage.RESPONSE, "go", 1L, "Ruiz", NOW, TODAY, Optional.empty()))
			.isInstanceOf(CaseRefused.class)
			.hasMessageContaining("analysis");
		problem.recordAnalysis(new Analysis("Youths", "Cars", "Alley", null, null, null, "Lighting", "Incidents"));
		assertThatThrownBy(() -> problem.moveTo(ProblemStage.RESPONSE, "go", 1L, "Ruiz", NOW, TODAY, Optional.empty()))
			.as("nobody who can act on the triangle")
			.isInstanceOf(CaseRefused.class);
		problem.recordAnalysis(COMPLETE);
		problem.moveTo(ProblemStage.RESPONSE, "go", 1L, "Ruiz", NOW, TODAY, Optional.of(TODAY.minusWeeks(3)));
		assertThat(problem.stage()).isEqualTo(ProblemStage.RESPONSE);
		assertThat(problem.responseStartedOn()).isEqualTo(TODAY.minusWeeks(3));
	}

	@Test
	void refusesAResponseStartingInTheFuture() {
		ProblemCase problem = inStage(ProblemStage.ANALYSIS);
		problem.recordAnalysis(COMPLETE);
		assertThatThrownBy(() -> problem.moveTo(ProblemStage.RESPONSE, "go", 1L, "Ruiz", NOW, TODAY,
				Optional.of(TODAY.plusDays(1))))
			.isInstanceOf(CaseRefused.class)
			.extracting((e) -> ((CaseRefused) e).field())
			.isEqualTo("responseStartedOn");
	}

	@Test
	void refusesToAssessAResponseWithoutActionsAndToCloseWithoutAnOutcome() {
		ProblemCase response = inStage(ProblemStage.RESPONSE);
		assertThatThrownBy(
				() -> response.moveTo(ProblemStage.ASSESSMENT, "done", 1L, "Ruiz", NOW, TODAY, Optional.empty()))
			.isInstanceOf(CaseRefused.class)
			.hasMessageContaining("at least one action");
		ProblemCase assessment = inStage(ProblemStage.ASSESSMENT);
		assertThatThrownBy(
				() -> assessment.moveTo(ProblemStage.CLOSED, "done", 1L, "Ruiz", NOW, TODAY, Optional.empty()))
			.isInstanceOf(CaseRefused.class)
			.hasMessageContaining("outcome");
	}

	@Test
	void refusesAStageChangeWithoutAReason() {
		ProblemCase problem = inStage(ProblemStage.SCANNING);
		assertThatThrownBy(() -> problem.moveTo(ProblemStage.ANALYSIS, " ", 1L, "Ruiz", NOW, TODAY, Optional.empty()))
			.isInstanceOf(CaseRefused.class)
			.extracting((e) -> ((CaseRefused) e).field())
			.isEqualTo("reason");
	}

	@Test
	void sendsAnAssessmentBackToAnalysisAndForgetsItsOutcome() {
		ProblemCase problem = inStage(ProblemStage.ASSESSMENT);
		problem.recordAssessment(null, "Still happening", Outcome.NO_CHANGE);
		problem.moveTo(ProblemStage.ANALYSIS, "The lights were not the cause", 2L, "Sgt. Lee", NOW, TODAY,
				Optional.empty());
		assertThat(problem.stage()).isEqualTo(ProblemStage.ANALYSIS);
		assertThat(problem.outcome()).isNull();
	}

	@Test
	void recordsWhoMovedTheCaseWhenAndWhy() {
		ProblemCase problem = inStage(ProblemStage.CLOSED);
		assertThat(problem.history()).extracting(StageChange::to)
			.containsExactly(ProblemStage.SCANNING, ProblemStage.ANALYSIS, ProblemStage.RESPONSE,
					ProblemStage.ASSESSMENT, ProblemStage.CLOSED);
		assertThat(problem.history().get(1)).isEqualTo(new StageChange(ProblemStage.SCANNING, ProblemStage.ANALYSIS, 1L,
				"Ruiz", NOW, "Priority at the beat meeting"));
		assertThat(problem.closedAt()).isEqualTo(NOW);
	}

	@Test
	void refusesChangesOutsideTheirStage() {
		assertThatThrownBy(() -> inStage(ProblemStage.SCANNING).recordAnalysis(COMPLETE))
			.isInstanceOf(CaseRefused.class);
		assertThatThrownBy(() -> inStage(ProblemStage.ANALYSIS).addAction(action(OwnerType.OFFICER, null)))
			.isInstanceOf(CaseRefused.class);
		assertThatThrownBy(() -> inStage(ProblemStage.RESPONSE).recordAssessment(null, "x", Outcome.SOLVED))
			.isInstanceOf(CaseRefused.class);
		assertThatThrownBy(() -> inStage(ProblemStage.CLOSED)
			.updateScanning(new ProblemCase.Scanning("t", "s", null, List.of(), null, null)))
			.isInstanceOf(CaseRefused.class);
	}

	@Test
	void aCityServiceActionNeedsIts311Number() {
		ProblemCase problem = inStage(ProblemStage.RESPONSE);
		assertThatThrownBy(() -> problem.addAction(action(OwnerType.CITY_SERVICE, " "))).isInstanceOf(CaseRefused.class)
			.extracting((e) -> ((CaseRefused) e).field())
			.isEqualTo("serviceRequest");
		problem.addAction(action(OwnerType.CITY_SERVICE, "SR17-00123456"));
		assertThat(problem.actions()).hasSize(1);
	}

	@Test
	void showsAnOwnersNameOnlyWithTheirAgreement() {
		ResponseAction hidden = action(OwnerType.RESIDENT, null);
		assertThat(hidden.publicName()).isNull();
		ResponseAction agreed = new ResponseAction(null, "Walk", OwnerType.RESIDENT, "Block club", "Rosa", true, null,
				TODAY, ActionStatus.PLANNED);
		assertThat(agreed.publicName()).isEqualTo("Rosa");
		assertThat(agreed.isOverdue(TODAY.plusDays(1))).isTrue();
		assertThat(agreed.isOverdue(TODAY)).isFalse();
	}

}
