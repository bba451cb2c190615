package org.beatbridge.meetings.web;

import java.time.ZonedDateTime;
import java.util.List;

import org.beatbridge.meetings.MeetingOccurrence;
import org.beatbridge.meetings.domain.Attendee;
import org.beatbridge.meetings.domain.MeetingRecords;
import org.beatbridge.meetings.domain.Recurrence;

import org.springframework.ui.Model;

/**
 * What the public meeting page and the facilitators' page both show.
 */
final class MeetingPageModel {

	private MeetingPageModel() {
	}

	static void fill(Model model, MeetingOccurrence occurrence, MeetingRecords records, boolean facilitator) {
		List<Attendee> attendance = records.attendance(occurrence);
		model.addAttribute("meeting", occurrence);
		model.addAttribute("start", occurrence.start().atZone(Recurrence.CHICAGO));
		model.addAttribute("end", (occurrence.end() != null) ? occurrence.end().atZone(Recurrence.CHICAGO) : null);
		model.addAttribute("facilitator", facilitator);
		model.addAttribute("agenda",
				records.agenda(occurrence).filter((agenda) -> facilitator || agenda.published()).orElse(null));
		model.addAttribute("minutes", records.minutes(occurrence).orElse(null));
		model.addAttribute("counts", MeetingRecords.counts(attendance));
		model.addAttribute("attendanceTotal", attendance.size());
		model.addAttribute("listedNames", MeetingPageController.listedNames(attendance));
		model.addAttribute("earlierPriorities", records.earlierPriorities(occurrence));
		model.addAttribute("chosenPriorities", records.prioritiesChosenAt(occurrence));
		model.addAttribute("actionItems", records.actionItemsAgreedAt(occurrence));
		model.addAttribute("carriedItems", records.carriedActionItems(occurrence));
		if (facilitator) {
			model.addAttribute("attendance", attendance);
			model.addAttribute("interpretationRequests", records.interpretationRequests(occurrence));
		}
	}

	static ZonedDateTime chicago(java.time.Instant instant) {
		return instant.atZone(Recurrence.CHICAGO);
	}

}
