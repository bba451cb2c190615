package org.beatbridge.meetings.domain;

import java.util.UUID;

/**
 * One line of a meeting's sign-in sheet.
 *
 * @param accountId the resident's account when they signed in with it, else null
 * @param name the name written down, may be null for an officer known by star only
 * @param listed whether the person agreed to be named on the public page
 */
public record Attendee(UUID id, AttendeeRole role, Long accountId, String name, String starNumber, boolean listed) {

}
