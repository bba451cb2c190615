package org.beatbridge.meetings;

/**
 * How people attend a meeting.
 */
public enum MeetingKind {

	IN_PERSON, ONLINE, HYBRID

}
