package org.beatbridge.meetings;

/**
 * A community calendar file that cannot be imported.
 */
public final class InvalidCalendar extends RuntimeException {

	private InvalidCalendar(String message, Throwable cause) {
		super(message, cause);
	}

	public static InvalidCalendar notJson(Throwable cause) {
		return new InvalidCalendar("The file is not a JSON array of calendar events.", cause);
	}

	public static InvalidCalendar badEvent(int index, String problem) {
		return new InvalidCalendar("Event " + (index + 1) + " of the file: " + problem, null);
	}

}
