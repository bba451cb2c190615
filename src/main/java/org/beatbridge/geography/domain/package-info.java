/**
 * Boundaries in the database and in memory, the GeoJSON import, and the grid that locates
 * a point's beat.
 */
package org.beatbridge.geography.domain;
