/**
 * Meeting storage, recurrence rules and the calendar title parser.
 */
package org.beatbridge.meetings.domain;
