package org.beatbridge.meetings.web;

import java.time.Duration;
import java.time.Instant;

import org.beatbridge.geography.BeatDetails;
import org.beatbridge.geography.Beats;
import org.beatbridge.meetings.MeetingQuery;
import org.beatbridge.meetings.Meetings;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Calendar feeds any calendar app can subscribe to: the past year and the next two.
 */
@Controller
class CalendarFeedController {

	static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private static final Duration PAST = Duration.ofDays(365);

	private static final Duration AHEAD = Duration.ofDays(731);

	private final Meetings meetings;

	private final Beats beats;

	CalendarFeedController(Meetings meetings, Beats beats) {
		this.meetings = meetings;
		this.beats = beats;
	}

	@GetMapping("/calendar/beats/{beat}.ics")
	ResponseEntity<String> beat(@PathVariable String beat) {
		String number = this.beats.find(beat.strip())
			.map(BeatDetails::beat)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return feed("Beat " + number + " meetings", new MeetingQuery(number, null, null, null));
	}

	@GetMapping("/calendar/districts/{district}.ics")
	ResponseEntity<String> district(@PathVariable String district) {
		String number = district.matches("\\d{1,3}") ? String.valueOf(Integer.parseInt(district)) : "";
		if (this.beats.all().stream().noneMatch((b) -> b.district().equals(number))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return feed("District " + number + " meetings and events", new MeetingQuery(null, number, null, null));
	}

	private ResponseEntity<String> feed(String name, MeetingQuery query) {
		Instant now = Instant.now();
		MeetingQuery window = new MeetingQuery(query.beat(), query.district(), now.minus(PAST), now.plus(AHEAD));
		return ResponseEntity.ok()
			.contentType(TEXT_CALENDAR)
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(15)).cachePublic())
			.body(CalendarFeeds.write(name, this.meetings.occurrences(window), now,
					ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()));
	}

}
