package org.beatbridge.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Where the agenda's overdue actions of problem-solving cases come from, for the
 * "feedback on the problems from the last meeting" item. The problems module implements
 * it; without a bean the agenda simply has no such list.
 */
public interface MeetingProblems {

	/**
	 * Response actions of the beats' open cases due before {@code day} and neither done
	 * nor dropped, oldest first; owners by role, never by name.
	 * @param locale the agenda's language, for the owner's kind
	 */
	List<OverdueCaseAction> overdueActions(List<String> beats, LocalDate day, Locale locale);

}
