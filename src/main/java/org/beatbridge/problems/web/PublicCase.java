package org.beatbridge.problems.web;

import java.time.LocalDate;
import java.util.List;

import org.beatbridge.concerns.ConcernView;
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
		String residentsAssessment, Outcome outcome, int concernCount, List<PublicConcern> concerns) {

	/** How many of a case's linked concerns the public page lists (all are counted). */
	static final int CONCERNS_SHOWN = 5;

	static PublicCase of(ProblemCase problem, LocalDate today) {
		return of(problem, today, 0, List.of());
	}

	static PublicCase of(ProblemCase problem, LocalDate today, int concernCount, List<PublicConcern> concerns) {
		return new PublicCase(problem.id(), problem.title(), problem.statement(), problem.beats(), problem.district(),
				problem.categories(), problem.isViolenceReduction(), problem.stage(),
				LocalDate.ofInstant(problem.openedAt(), CaseWork.CHICAGO),
				(problem.closedAt() != null) ? LocalDate.ofInstant(problem.closedAt(), CaseWork.CHICAGO) : null,
				problem.nextActions().stream().map((action) -> PublicAction.of(action, today)).toList(),
				problem.actionsDone(), problem.actions().size(), problem.measure(), problem.residentsAssessment(),
				problem.outcome(), concernCount, List.copyOf(concerns));
	}

	public boolean isOpen() {
		return this.stage.isOpen();
	}

	/** Share of the SARA way done, for the district plan's progress bar. */
	public int progressPercent() {
		return 100 * this.stage.ordinal() / ProblemStage.CLOSED.ordinal();
	}

	/**
	 * A linked concern as anybody may see it: block, moderated description, status and
	 * support; never the reporter.
	 */
	record PublicConcern(long id, String category, String blockAddress, String beat, String description, String status,
			int supporters) {

		static PublicConcern of(ConcernView concern, String categoryName) {
			return new PublicConcern(concern.id().value(), (categoryName != null) ? categoryName : concern.category(),
					concern.blockAddress(), concern.beat(), concern.description(), concern.status().name(),
					concern.supportCount());
		}

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
