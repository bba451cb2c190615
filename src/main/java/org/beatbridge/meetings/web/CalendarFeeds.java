package org.beatbridge.meetings.web;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.beatbridge.meetings.MeetingOccurrence;

/**
 * Writes occurrences as an RFC 5545 calendar. Times are in UTC so no VTIMEZONE is needed
 * and every calendar app shows them in its own zone.
 */
final class CalendarFeeds {

	private CalendarFeeds() {
	}

	static String write(String name, List<MeetingOccurrence> occurrences, Instant now, String baseUrl) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//BeatBridge//Meetings//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(ImmutableMethod.PUBLISH);
		calendar.add(new XProperty("X-WR-CALNAME", name));
		for (MeetingOccurrence occurrence : occurrences) {
			VEvent event = (occurrence.end() != null)
					? new VEvent(occurrence.start(), occurrence.end(), occurrence.title())
					: new VEvent(occurrence.start(), occurrence.title());
			event.add(new Uid(occurrence.uid()));
			event.add(new DtStamp(now));
			if (occurrence.place() != null) {
				event.add(new Location(occurrence.place()));
			}
			if (occurrence.latitude() != null) {
				event.add(
						new Geo(BigDecimal.valueOf(occurrence.latitude()), BigDecimal.valueOf(occurrence.longitude())));
			}
			if (occurrence.details() != null) {
				event.add(new Description(occurrence.details()));
			}
			// each occurrence's page: agenda, minutes, how to request interpretation
			event.add(new Url(URI.create(baseUrl + occurrence.path())));
			event.add(occurrence.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
			calendar.add(event);
		}
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Writing to memory failed", ex);
		}
		return out.toString();
	}

}
