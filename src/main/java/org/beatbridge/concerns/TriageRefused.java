package org.beatbridge.concerns;

import org.beatbridge.shared.web.ApiProblems;
import org.beatbridge.shared.web.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A triage action that cannot be done: a concern outside the staff member's district, bad
 * input, a merge that makes no sense. Carries a message key (in the {@code triage}
 * bundle) so a page shows the reason beside the form in the reader's language.
 */
public final class TriageRefused extends ProblemException {

	private final String field;

	private final String code;

	private final transient Object[] arguments;

	private TriageRefused(ProblemDetail problem, String field, String code, Object... arguments) {
		super(problem);
		this.field = field;
		this.code = code;
		this.arguments = arguments;
	}

	public static TriageRefused outOfScope(ConcernId id) {
		return new TriageRefused(ApiProblems.of(HttpStatus.FORBIDDEN, "concern-out-of-scope", "Not your district",
				"Concern " + id + " is not in a district you triage."), null, "triage.error.out-of-scope");
	}

	public static TriageRefused beatOutOfScope(String beat) {
		ProblemDetail problem = ApiProblems.of(HttpStatus.FORBIDDEN, "beat-out-of-scope", "Not your district",
				"Beat " + beat + " is not in a district you triage.");
		problem.setProperty("parameter", "beat");
		return new TriageRefused(problem, "beat", "triage.error.beat-out-of-scope", beat);
	}

	public static TriageRefused noScope() {
		return new TriageRefused(ApiProblems.of(HttpStatus.FORBIDDEN, "no-triage-scope", "No district",
				"Your account has no district or beat; an administrator must assign one before you can triage."), null,
				"triage.error.no-scope");
	}

	public static TriageRefused invalid(String field, String code, String message, Object... arguments) {
		ProblemDetail problem = ApiProblems.of(HttpStatus.BAD_REQUEST, "invalid-triage-input", "Invalid input",
				message);
		problem.setProperty("field", field);
		return new TriageRefused(problem, field, "triage.error." + code, arguments);
	}

	public static TriageRefused mergeRefused(String code, String message, Object... arguments) {
		ProblemDetail problem = ApiProblems.of(HttpStatus.CONFLICT, "merge-refused", "Merge refused", message);
		problem.setProperty("field", "into");
		return new TriageRefused(problem, "into", "triage.error.merge." + code, arguments);
	}

	/** The form field at fault, or {@code null}. */
	public String field() {
		return this.field;
	}

	/** The message key in the {@code triage} bundle. */
	public String code() {
		return this.code;
	}

	public Object[] arguments() {
		return (this.arguments != null) ? this.arguments.clone() : new Object[0];
	}

}
