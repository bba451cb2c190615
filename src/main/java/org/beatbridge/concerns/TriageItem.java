package org.beatbridge.concerns;

/**
 * One concern in a triage queue.
 *
 * @param assignee the name of the officer it is assigned to, or {@code null}
 * @param assigneeId that officer's account, or {@code null}
 */
public record TriageItem(ConcernView concern, String assignee, Long assigneeId) {

}
