/**
 * The geography JSON API: beat of a point, beats and districts as GeoJSON.
 */
package org.beatbridge.geography.web;
