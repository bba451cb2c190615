package org.beatbridge.meetings.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.beatbridge.meetings.CalendarImport;
import org.beatbridge.meetings.CalendarImportSummary;
import org.beatbridge.shared.sampledata.SampleData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the web application's first start (not for CLI commands), imports CPD's 2016
 * community calendar shipped in {@code sample/}, so a fresh installation has the city's
 * beat meetings and district events to show.
 */
@Component
@ConditionalOnWebApplication
@Order(100)
class CalendarSample implements ApplicationRunner {

	static final String FILE = "cpd_community_calendar_2016.json.gz";

	private static final Logger log = LoggerFactory.getLogger(CalendarSample.class);

	private final SampleData samples;

	private final CalendarImport calendarImport;

	CalendarSample(SampleData samples, CalendarImport calendarImport) {
		this.samples = samples;
		this.calendarImport = calendarImport;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.samples.loadIfEmpty("calendar", "meetings", () -> {
			try (InputStream json = this.samples.open(FILE)) {
				CalendarImportSummary summary = this.calendarImport.importCalendar(json);
				log.info("Sample {}: {} events, {} beat meetings, {} district events", FILE, summary.events(),
						summary.beatMeetings(), summary.districtEvents());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

}
