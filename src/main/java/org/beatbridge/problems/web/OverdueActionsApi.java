package org.beatbridge.problems.web;

import java.util.List;

import org.beatbridge.geography.Beats;
import org.beatbridge.problems.OverdueAction;
import org.beatbridge.problems.ProblemCases;
import org.beatbridge.shared.web.JsonApi;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Overdue response actions of a beat, for a meeting agenda or a resident's app: owners by
 * role only.
 */
@JsonApi("/api/v1/beats")
class OverdueActionsApi {

	private final ProblemCases cases;

	private final Beats beats;

	OverdueActionsApi(ProblemCases cases, Beats beats) {
		this.cases = cases;
		this.beats = beats;
	}

	@GetMapping("/{beat}/problems/overdue-actions")
	List<OverdueAction> overdue(@PathVariable String beat) {
		String number = this.beats.find(beat.strip()).orElseThrow(() -> UnknownBeat.of(beat)).beat();
		return this.cases.overdueActions(number);
	}

}
