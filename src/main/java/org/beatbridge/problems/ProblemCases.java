package org.beatbridge.problems;

import java.time.LocalDate;
import java.util.List;

/**
 * What other modules may ask of problem solving: the overdue actions a beat meeting
 * should hear about, and suggestions of problems to open a case for.
 */
public interface ProblemCases {

	/**
	 * Actions of the beat's open cases that were due before {@code today} and are neither
	 * done nor dropped, oldest first.
	 */
	List<OverdueAction> overdueActions(String beat, LocalDate today);

	/** {@link #overdueActions(String, LocalDate)} as of today in Chicago. */
	List<OverdueAction> overdueActions(String beat);

	/**
	 * Offers a problem to the officers of its beats; they decide whether to open a case.
	 * Ignored when an open case already covers the same beats and category.
	 * @return the suggestion's id, or empty when it was ignored
	 */
	java.util.Optional<Long> suggest(SuggestedProblem problem);

}
