/**
 * The city's crime incident data: imported from the Chicago Data Portal export, counted
 * per beat, district, category and week, and watched for upticks against each beat's own
 * baseline.
 */
package org.beatbridge.crime;
