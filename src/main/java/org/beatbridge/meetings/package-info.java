/**
 * Beat community meetings and district events: when and where they are, recurring
 * schedules, the CPD community calendar import and calendar feeds.
 */
package org.beatbridge.meetings;
