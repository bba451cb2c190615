/**
 * Problem cases and the rules they keep: the stages, the analysis a response needs, the
 * response actions and the before/after measure of an assessment.
 */
package org.beatbridge.problems.domain;
