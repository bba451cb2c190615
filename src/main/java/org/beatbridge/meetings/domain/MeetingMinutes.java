package org.beatbridge.meetings.domain;

/**
 * What was said and decided at one occurrence.
 */
public record MeetingMinutes(String minutes, String decisions) {

}
