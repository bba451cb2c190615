package org.beatbridge.problems.domain;

import org.beatbridge.problems.ProblemStage;

/**
 * A case refused a change that its rules do not allow. Carries a message key of the
 * {@code problems} bundle and the form field at fault, so pages can say why beside it.
 */
public final class CaseRefused extends RuntimeException {

	private final String code;

	private final String field;

	private final transient Object[] arguments;

	private CaseRefused(String code, String field, String message, Object... arguments) {
		super(message);
		this.code = code;
		this.field = field;
		this.arguments = arguments;
	}

	public static CaseRefused illegalTransition(ProblemStage from, ProblemStage to) {
		return new CaseRefused("problems.refused.transition", null, "A case in " + from + " cannot move to " + to + ".",
				from, to);
	}

	public static CaseRefused analysisMissing() {
		return new CaseRefused("problems.refused.analysis", null,
				"The analysis (offender, victim or target, place, who can act, hypotheses, data looked at) must be complete before the response.");
	}

	public static CaseRefused noActions() {
		return new CaseRefused("problems.refused.actions", null,
				"The response needs at least one action before it can be assessed.");
	}

	public static CaseRefused outcomeMissing() {
		return new CaseRefused("problems.refused.outcome", null,
				"Record the outcome of the assessment before closing the case.");
	}

	public static CaseRefused reasonMissing() {
		return new CaseRefused("problems.refused.reason", "reason", "Say why the case changes stage.");
	}

	public static CaseRefused notInStage(String what, ProblemStage stage) {
		return new CaseRefused("problems.refused.stage." + what, null,
				"The " + what + " cannot be changed while the case is in " + stage + ".", stage);
	}

	public static CaseRefused serviceRequestMissing() {
		return new CaseRefused("problems.action.serviceRequest.required", "serviceRequest",
				"A city service action needs its 311 service request number.");
	}

	public static CaseRefused unknownAction(long id) {
		return new CaseRefused("problems.refused.unknownAction", null, "The case has no action " + id + ".", id);
	}

	public static CaseRefused responseStartInFuture() {
		return new CaseRefused("problems.refused.responseStart", "responseStartedOn",
				"The response cannot start in the future.");
	}

	public static CaseRefused beatsInSeveralDistricts() {
		return new CaseRefused("problems.beats.oneDistrict", "beats", "The beats of a case must be in one district.");
	}

	public static CaseRefused unknownBeat(String beat) {
		return new CaseRefused("problems.beats.unknown", "beats", "There is no beat " + beat + ".", beat);
	}

	public static CaseRefused unknownCategory(String category) {
		return new CaseRefused("problems.categories.unknown", null, "Unknown category " + category + ".", category);
	}

	public static CaseRefused unknownConcern(long id) {
		return new CaseRefused("problems.concerns.unknown", "concernId", "There is no concern " + id + ".",
				String.valueOf(id));
	}

	public static CaseRefused concernOutsideBeats(long id, String beat) {
		return new CaseRefused("problems.concerns.outside", "concernId",
				"Concern " + id + " is in beat " + beat + ", which the case does not cover.", String.valueOf(id), beat);
	}

	/** The message key in the {@code problems} bundle. */
	public String code() {
		return this.code;
	}

	/** The form field at fault, or {@code null} for the case as a whole. */
	public String field() {
		return this.field;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
