package org.beatbridge.meetings.web;

import java.time.Duration;
import java.time.Instant;

import org.beatbridge.geography.BeatDetails;
import org.beatbridge.geography.Beats;
import org.beatbridge.meetings.MeetingQuery;
import org.beatbridge.meetings.Meetings;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

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

	private final FeedCache cache;

	// the address people reach the app at (behind the city's proxy), for the events' URL
	private final String publicUrl;

	CalendarFeedController(Meetings meetings, Beats beats, FeedCache cache,
			@Value("${beatbridge.public-url:http://localhost:8080}") String publicUrl) {
		this.meetings = meetings;
		this.beats = beats;
		this.cache = cache;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	@GetMapping("/calendar/beats/{beat}.ics")
	ResponseEntity<byte[]> beat(@PathVariable String beat, WebRequest request) {
		String number = this.beats.find(beat.strip())
			.map(BeatDetails::beat)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return feed("Beat " + number + " meetings", new MeetingQuery(number, null, null, null), request);
	}

	@GetMapping("/calendar/districts/{district}.ics")
	ResponseEntity<byte[]> district(@PathVariable String district, WebRequest request) {
		String number = district.matches("\\d{1,3}") ? String.valueOf(Integer.parseInt(district)) : "";
		if (this.beats.all().stream().noneMatch((b) -> b.district().equals(number))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return feed("District " + number + " meetings and events", new MeetingQuery(null, number, null, null), request);
	}

	private ResponseEntity<byte[]> feed(String name, MeetingQuery query, WebRequest request) {
		String key = (query.beat() != null) ? "beat:" + query.beat() : "district:" + query.district();
		FeedCache.Feed feed = this.cache.get(key, () -> {
			Instant now = Instant.now();
			MeetingQuery window = new MeetingQuery(query.beat(), query.district(), now.minus(PAST), now.plus(AHEAD));
			return CalendarFeeds.write(name, this.meetings.occurrences(window), now, this.publicUrl);
		});
		CacheControl caching = CacheControl.maxAge(Duration.ofMinutes(15)).cachePublic();
		return feed.rendered().respond(request, TEXT_CALENDAR, caching);
	}

}
