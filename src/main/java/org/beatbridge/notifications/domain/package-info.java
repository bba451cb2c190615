/**
 * Notification internals: the outbox and inbox in PostgreSQL, email delivery,
 * unsubscribes.
 */
package org.beatbridge.notifications.domain;
