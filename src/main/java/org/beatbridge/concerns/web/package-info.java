/**
 * Residents' pages for concerns: the report form, tracking, "my concerns", and the public
 * list and map of a beat's concerns.
 */
package org.beatbridge.concerns.web;
