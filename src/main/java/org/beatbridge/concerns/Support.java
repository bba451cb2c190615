package org.beatbridge.concerns;

/**
 * The answer to a "me too".
 *
 * @param count the concern's support count afterwards
 * @param counted {@code false} when this person or client had already said "me too" to
 * the concern, so nothing changed
 */
public record Support(int count, boolean counted) {

}
