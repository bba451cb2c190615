/**
 * Notifications: email and in-app inbox, unsubscribe per topic, delivery once per city.
 */
package org.beatbridge.notifications;
