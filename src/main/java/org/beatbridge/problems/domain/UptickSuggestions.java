package org.beatbridge.problems.domain;

import java.util.List;

import org.beatbridge.crime.UptickDetected;
import org.beatbridge.crime.UpticksDetected;
import org.beatbridge.problems.SuggestedProblem;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A crime uptick becomes a suggestion for the beat's officers, not a case: an import can
 * detect dozens of upticks at once, and only people can tell which deserve a SARA case
 * (decision 0601).
 */
@Component
class UptickSuggestions {

	private final CaseWork work;

	UptickSuggestions(CaseWork work) {
		this.work = work;
	}

	/**
	 * All the upticks of one import in one transaction; a redelivery suggests nothing
	 * twice (a suggestion is refreshed).
	 */
	@ApplicationModuleListener
	void on(UpticksDetected upticks) {
		upticks.upticks().forEach(this::suggest);
	}

	private void suggest(UptickDetected uptick) {
		String title = uptick.category() + " uptick in beat " + uptick.beat();
		String detail = uptick.observed() + " incidents where about " + Math.round(uptick.expected())
				+ " were expected, weeks of " + uptick.firstWeek() + " to " + uptick.lastWeek() + ".";
		this.work.suggest(new SuggestedProblem(CaseSource.UPTICK.name(),
				uptick.beat() + "/" + uptick.category() + "/" + uptick.firstWeek(), List.of(uptick.beat()),
				uptick.category(), title, detail));
	}

}
