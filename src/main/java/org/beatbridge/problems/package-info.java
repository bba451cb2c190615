/**
 * Problem solving: SARA cases (scanning, analysis, response, assessment) that turn crime
 * upticks, meeting priorities and residents' concerns into planned, measured and publicly
 * reported work on a beat's problems.
 */
package org.beatbridge.problems;
