/**
 * Notification pages: the inbox and the unsubscribe links of emails.
 */
package org.beatbridge.notifications.web;
