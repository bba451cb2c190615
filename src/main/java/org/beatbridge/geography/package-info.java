/**
 * Districts, sectors, beats and community areas of the city, and the lookup of any point
 * to its beat.
 */
package org.beatbridge.geography;
