package org.beatbridge.concerns;

/**
 * A concern's photo as stored: re-encoded, without any metadata.
 *
 * @param contentType {@code image/jpeg} or {@code image/png}
 */
public record ConcernPhoto(String contentType, int width, int height, byte[] bytes) {

}
