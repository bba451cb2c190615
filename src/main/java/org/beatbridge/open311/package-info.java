/**
 * Open311 GeoReport v2: the standard interface through which existing 311 apps list the
 * concern categories, report concerns and follow them. It speaks to the concerns module
 * only through its public API, so a concern from Open311 is the same as one from the web.
 */
package org.beatbridge.open311;
