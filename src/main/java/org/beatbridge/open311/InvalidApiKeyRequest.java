package org.beatbridge.open311;

import org.beatbridge.shared.web.ApiProblems;
import org.beatbridge.shared.web.ProblemException;

/**
 * A key cannot be issued as asked; names the field at fault.
 */
public final class InvalidApiKeyRequest extends ProblemException {

	private final String field;

	private InvalidApiKeyRequest(String field, String message) {
		super(ApiProblems.invalidParameter(field, message));
		this.field = field;
	}

	public static InvalidApiKeyRequest because(String field, String message) {
		return new InvalidApiKeyRequest(field, message);
	}

	public String field() {
		return this.field;
	}

}
