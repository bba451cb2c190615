package org.beatbridge.problems.web;

import java.time.LocalDate;
import java.util.List;

import org.beatbridge.problems.ProblemStage;
import org.beatbridge.problems.domain.BeforeAfter;
import org.beatbridge.problems.domain.CaseWork;
import org.beatbridge.problems.domain.Outcome;
import org.beatbridge.problems.domain.ProblemCase;
import org.beatbridge.problems.domain.ResponseAction;

/**
 * A case as the public sees it: what the problem is, where it stands, who is doing what
 * by role, and how it turned out. Never who opened or moved it, never an owner's name
 * without their agreement.
 */
record PublicCase(long id, String title, String statement, List<String> beats, String district, List<String> categories,
		boolean violenceReduction, ProblemStage stage, LocalDate openedOn, LocalDate closedOn,
		List<PublicAction> nextActions, int actionsDone, int actionsTotal, BeforeAfter measure,
		String residentsAssessment, Outcome outcome) {

	static PublicCase of(ProblemCase problem, LocalDate today) {
		return new PublicCase(problem.id(), problem.title(), problem.statement(), problem.beats(), problem.district(),
				problem.categories(), problem.isViolenceReduction(), problem.stage(),
				LocalDate.ofInstant(problem.openedAt(), CaseWork.CHICAGO),
				(problem.closedAt() != null) ? LocalDate.ofInstant(problem.closedAt(), CaseWork.CHICAGO) : null,
				problem.nextActions().stream().map((action) -> PublicAction.of(action, today)).toList(),
				problem.actionsDone(), problem.actions().size(), problem.measure(), problem.residentsAssessment(),
				problem.outcome());
	}

	public boolean isOpen() {
		return this.stage.isOpen();
	}

	/** Share of the SARA way done, for the district plan's progress bar. */
	public int progressPercent() {
		return 100 * this.stage.ordinal() / ProblemStage.CLOSED.ordinal();
	}

	record PublicAction(String description, String ownerType, String ownerRole, String ownerName, String serviceRequest,
			LocalDate dueOn, String status, boolean overdue) {

		static PublicAction of(ResponseAction action, LocalDate today) {
			return new PublicAction(action.description(), action.ownerType().name(), action.ownerRole(),
					action.publicName(), action.serviceRequest(), action.dueOn(), action.status().name(),
					action.isOverdue(today));
		}

	}

}
