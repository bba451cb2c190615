/**
 * Scheduling shared by all modules: one run per city for jobs locked with ShedLock.
 */
package org.beatbridge.shared.scheduling;
