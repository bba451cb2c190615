package org.beatbridge.identity;

import org.beatbridge.shared.web.ApiProblems;
import org.beatbridge.shared.web.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * An account could not be created as asked. Names the field at fault so a form can show
 * the message beside it; the message is already in the language of the request.
 */
public class AccountRejected extends ProblemException {

	private final String field;

	private AccountRejected(HttpStatus status, String type, String field, String message) {
		super(problem(status, type, field, message));
		this.field = field;
	}

	private static ProblemDetail problem(HttpStatus status, String type, String field, String message) {
		ProblemDetail problem = ApiProblems.of(status, type, "Account rejected", message);
		problem.setProperty("field", field);
		return problem;
	}

	public static AccountRejected invalid(String field, String message) {
		return new AccountRejected(HttpStatus.BAD_REQUEST, "invalid-account", field, message);
	}

	public static AccountRejected weakPassword(String message) {
		return new AccountRejected(HttpStatus.BAD_REQUEST, "weak-password", "password", message);
	}

	public static AccountRejected taken(String field, String message) {
		return new AccountRejected(HttpStatus.CONFLICT, "account-exists", field, message);
	}

	public static AccountRejected unknownRole(String value) {
		return new AccountRejected(HttpStatus.BAD_REQUEST, "invalid-account", "role",
				"Unknown role '" + value + "'. Known roles: RESIDENT, OFFICER, SUPERVISOR, COORDINATOR, ADMIN.");
	}

	/** The field at fault: {@code username}, {@code email}, {@code password}, ... */
	public String field() {
		return this.field;
	}

}
