/**
 * Resident concerns: problems residents ask their beat to work on, reported from the web
 * or any Open311 client, followed through a recorded status history to the end.
 */
package org.beatbridge.concerns;
