package org.beatbridge.geography;

/**
 * What a boundary import loaded.
 */
public record BoundarySummary(int districts, int sectors, int beats, int communityAreas) {

}
