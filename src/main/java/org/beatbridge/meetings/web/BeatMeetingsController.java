package org.beatbridge.meetings.web;

import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.beatbridge.geography.BeatDetails;
import org.beatbridge.geography.Beats;
import org.beatbridge.meetings.MeetingOccurrence;
import org.beatbridge.meetings.Meetings;
import org.beatbridge.meetings.domain.Recurrence;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * "When is my next beat meeting?": the fragment the beat page loads (geography does not
 * know about meetings, so the page asks for it).
 */
@Controller
class BeatMeetingsController {

	private static final int SHOWN = 3;

	private final Meetings meetings;

	private final Beats beats;

	BeatMeetingsController(Meetings meetings, Beats beats) {
		this.meetings = meetings;
		this.beats = beats;
	}

	@GetMapping("/beats/{beat}/meetings")
	String next(@PathVariable String beat, Model model, HttpServletResponse response) {
		BeatDetails details = this.beats.find(beat.strip()).orElse(null);
		if (details == null) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "meetings/beat-meetings :: unknown";
		}
		List<MeetingOccurrence> next = this.meetings.next(details.beat(), Instant.now(), SHOWN);
		model.addAttribute("beat", details.beat());
		model.addAttribute("meetings", next.stream().map(UpcomingMeeting::of).toList());
		return "meetings/beat-meetings :: next";
	}

	record UpcomingMeeting(java.time.ZonedDateTime start, java.time.ZonedDateTime end, String title, String place,
			List<String> languages, boolean interpretation, String kind, List<String> beats, String path) {

		static UpcomingMeeting of(MeetingOccurrence meeting) {
			return new UpcomingMeeting(meeting.start().atZone(Recurrence.CHICAGO),
					(meeting.end() != null) ? meeting.end().atZone(Recurrence.CHICAGO) : null, meeting.title(),
					meeting.place(), meeting.languages(), meeting.interpretation(), meeting.kind().name(),
					meeting.beats(), meeting.path());
		}

	}

}
