package org.beatbridge.problems.domain;

import java.time.Instant;

import org.beatbridge.problems.ProblemStage;

/**
 * One move of a case from a stage to another (or its opening, with no {@code from}).
 *
 * @param by the account that made it
 * @param byName how staff pages show who made it; never shown on public pages
 */
public record StageChange(ProblemStage from, ProblemStage to, Long by, String byName, Instant at, String reason) {

}
