package org.beatbridge.concerns;

import java.time.Instant;

/**
 * One step of a concern's public timeline: the status it moved to and, when staff wrote
 * one, the update residents see. Who made the change is kept for staff, not shown here.
 *
 * @param from the previous status, {@code null} for the report itself
 * @param publicUpdate text for residents, or {@code null}
 */
public record ConcernUpdate(Instant at, ConcernStatus from, ConcernStatus to, String publicUpdate) {

}
