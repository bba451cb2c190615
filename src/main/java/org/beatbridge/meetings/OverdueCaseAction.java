package org.beatbridge.meetings;

import java.time.LocalDate;

/**
 * An overdue action of a problem-solving case, as the agenda lists it.
 *
 * @param caseTitle the case
 * @param description what was to be done
 * @param owner who owns it, by kind and role ("City service: Streets and Sanitation, 311
 * SR 17-00012345"), never a name
 * @param dueOn when it was due
 */
public record OverdueCaseAction(String caseTitle, String description, String owner, LocalDate dueOn) {

}
