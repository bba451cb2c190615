package org.beatbridge.problems.domain;

/**
 * Who makes a change: the account and the name staff pages show for it.
 */
public record Actor(Long accountId, String name) {

}
