package org.beatbridge.concerns.domain;

/**
 * Something with a point: a concern, or a similar one near a report.
 */
interface Located {

	double latitude();

	double longitude();

}
