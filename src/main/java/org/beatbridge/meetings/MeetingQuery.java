package org.beatbridge.meetings;

import java.time.Instant;

/**
 * Which meetings to list: those of a beat (including meetings it shares with other beats)
 * or of a district (its district events and the meetings of its beats), starting in
 * {@code [from, to)}.
 */
public record MeetingQuery(String beat, String district, Instant from, Instant to) {

}
