package org.beatbridge.problems.domain;

/**
 * What the assessment concluded, in the terms of problem-oriented policing.
 */
public enum Outcome {

	SOLVED, REDUCED, DISPLACED, NO_CHANGE

}
