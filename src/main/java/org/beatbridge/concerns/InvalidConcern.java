package org.beatbridge.concerns;

import java.util.List;
import java.util.Map;

import org.beatbridge.shared.web.ApiProblems;
import org.beatbridge.shared.web.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A concern that cannot be saved as given: lists every field at fault, so that a form
 * shows each message beside its field and an API maps them to its own format. Nothing of
 * the concern was saved.
 */
public final class InvalidConcern extends ProblemException {

	private final List<FieldError> errors;

	private InvalidConcern(List<FieldError> errors) {
		super(problem(errors));
		this.errors = List.copyOf(errors);
	}

	private static ProblemDetail problem(List<FieldError> errors) {
		String detail = (errors.size() == 1) ? errors.get(0).message()
				: "The concern has " + errors.size() + " problems; see errors.";
		ProblemDetail problem = ApiProblems.of(HttpStatus.BAD_REQUEST, "invalid-concern", "Invalid concern", detail);
		problem.setProperty("field", errors.get(0).field());
		problem.setProperty("errors",
				errors.stream()
					.map((error) -> Map.of("field", error.field(), "code", error.code(), "message", error.message()))
					.toList());
		return problem;
	}

	/**
	 * @param errors at least one error
	 */
	public static InvalidConcern because(List<FieldError> errors) {
		if (errors.isEmpty()) {
			throw new IllegalArgumentException("An invalid concern needs at least one error");
		}
		return new InvalidConcern(errors);
	}

	public static InvalidConcern because(String field, String code, String message) {
		return new InvalidConcern(List.of(new FieldError(field, code, message)));
	}

	public List<FieldError> errors() {
		return this.errors;
	}

	/**
	 * The first error of a field, or {@code null}.
	 */
	public FieldError errorOf(String field) {
		return this.errors.stream().filter((error) -> error.field().equals(field)).findFirst().orElse(null);
	}

}
