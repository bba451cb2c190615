package org.beatbridge.geography;

/**
 * The city's boundaries were replaced by an import; beat numbers may have changed
 * meaning.
 *
 * @param version the new boundary version
 * @param summary what was loaded
 */
public record BoundariesReplaced(long version, BoundarySummary summary) {

}
