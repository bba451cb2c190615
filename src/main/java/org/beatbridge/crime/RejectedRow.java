package org.beatbridge.crime;

/**
 * A row of an import file that was not imported.
 *
 * @param line line of the file where the row starts (the header is line 1)
 * @param reason why, in words an administrator can act on
 */
public record RejectedRow(long line, String reason) {

}
