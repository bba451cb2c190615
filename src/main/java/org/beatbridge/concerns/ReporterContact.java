package org.beatbridge.concerns;

/**
 * How to reach a concern's reporter, as shown to staff on request.
 *
 * @param contact what the reporter typed (each part may be {@code null})
 * @param accountName the reporter's account name when they reported signed in, or
 * {@code null}
 * @param accountEmail the account's email, or {@code null}
 */
public record ReporterContact(Contact contact, String accountName, String accountEmail) {

}
