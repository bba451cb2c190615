package org.beatbridge.meetings.domain;

/**
 * In what capacity someone attended: counts are shown by role.
 */
public enum AttendeeRole {

	RESIDENT, OFFICER, STAFF

}
