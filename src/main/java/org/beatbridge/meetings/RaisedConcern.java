package org.beatbridge.meetings;

/**
 * A concern residents raised on a beat, as the agenda lists it.
 *
 * @param supporters how many residents support it; the agenda lists the most supported
 * first
 */
public record RaisedConcern(String beat, String title, int supporters) {

}
