package org.beatbridge.crime.domain;

/**
 * Takes a snapshot of the city's beats for one import.
 */
interface BeatSnapshots {

	BeatAssigner snapshot();

}
