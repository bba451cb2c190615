package org.beatbridge.notifications;

/**
 * One message to one person, already written in the recipient's language by the module
 * that knows what happened.
 *
 * @param recipient who gets it
 * @param topic what it is about, the scope of "unsubscribe" (for example
 * {@code concern:4f2a...} or {@code meetings:beat:1234}); lower case letters, digits and
 * {@code :-_} only, at most 100 characters
 * @param subject a one-line subject (email subject, inbox title)
 * @param body plain text, never rendered as HTML
 * @param link an absolute path in the app the notice points to (for example
 * {@code /concerns/track/abc}); may be {@code null}
 */
public record Notice(Recipient recipient, String topic, String subject, String body, String link) {

}
