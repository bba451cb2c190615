package org.beatbridge.notifications;

import org.beatbridge.shared.web.ApiProblems;
import org.beatbridge.shared.web.ProblemException;

/**
 * A notice that cannot be sent as it is: thrown by {@link Notifications#send(Notice)}
 * before anything is stored, naming the field at fault ({@code topic},
 * {@code recipient.email}, ...). From an API it leaves as a 400 problem naming that
 * field.
 */
public class InvalidNotice extends ProblemException {

	private final String field;

	private InvalidNotice(String field, String reason) {
		super(ApiProblems.invalidParameter(field, field + ": " + reason));
		this.field = field;
	}

	public static InvalidNotice field(String field, String reason) {
		return new InvalidNotice(field, reason);
	}

	/** The field at fault, for example {@code recipient.email}. */
	public String getField() {
		return this.field;
	}

}
