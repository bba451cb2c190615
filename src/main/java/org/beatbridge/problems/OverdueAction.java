package org.beatbridge.problems;

import java.time.LocalDate;

/**
 * A response action past its due date, as a beat meeting's agenda shows it: the owner by
 * role, never by name.
 *
 * @param caseId the problem case
 * @param caseTitle its title
 * @param description what was to be done
 * @param ownerType {@code OFFICER}, {@code RESIDENT}, {@code PARTNER} or
 * {@code CITY_SERVICE}
 * @param ownerRole the owner's role ("Beat officer", "Block club president")
 * @param serviceRequest the 311 service request number, for a city service
 * @param dueOn the date it was due
 */
public record OverdueAction(long caseId, String caseTitle, String description, String ownerType, String ownerRole,
		String serviceRequest, LocalDate dueOn) {

}
