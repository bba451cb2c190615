/**
 * The meetings API, the beat page's meeting fragment and the iCalendar feeds.
 */
package org.beatbridge.meetings.web;
