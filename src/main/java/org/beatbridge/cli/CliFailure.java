package org.beatbridge.cli;

/**
 * A command failed for a reason the user can fix; its message is shown as is.
 */
public class CliFailure extends RuntimeException {

	private final int exitStatus;

	private CliFailure(String message, int exitStatus) {
		super(message);
		this.exitStatus = exitStatus;
	}

	/** The command could not do its work (bad data, duplicate, ...): exit status 1. */
	public static CliFailure because(String message) {
		return new CliFailure(message, 1);
	}

	/** The command was called wrongly (unknown option, missing value): exit status 2. */
	public static CliFailure usage(String message) {
		return new CliFailure(message, 2);
	}

	public int exitStatus() {
		return this.exitStatus;
	}

}
