package org.beatbridge.problems.domain;

import java.time.LocalDate;

import org.beatbridge.meetings.PriorityProblemSelected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A priority the beat meeting chose opens a case in scanning at once: residents and
 * officers decided it together, so nobody needs to confirm it (decision 0601). Delivered
 * again after a crash, it opens nothing twice.
 */
@Component
class MeetingPriorities {

	private static final Logger log = LoggerFactory.getLogger(MeetingPriorities.class);

	private final CaseWork work;

	private final Cases cases;

	MeetingPriorities(CaseWork work, Cases cases) {
		this.work = work;
		this.cases = cases;
	}

	@ApplicationModuleListener
	void on(PriorityProblemSelected priority) {
		String reference = priority.priority().toString();
		if (this.cases.existsFrom(CaseSource.MEETING, reference)) {
			return;
		}
		LocalDate day = LocalDate.ofInstant(priority.occurrenceStart(), CaseWork.CHICAGO);
		try {
			this.work.openFrom(CaseSource.MEETING, reference,
					new OpenCase(priority.title(),
							(priority.description() != null && !priority.description().isBlank())
									? priority.description() : priority.title(),
							"Chosen as a priority at the beat meeting of " + day + ".", priority.beats(), null, null),
					new Actor(null, "Beat meeting of " + day));
		}
		catch (CaseRefused refused) {
			// A meeting of beats in several districts: the officers open the cases by
			// hand
			log.warn("Priority {} of meeting {} opened no case: {}", reference, priority.meeting(),
					refused.getMessage());
		}
	}

}
