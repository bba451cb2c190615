package org.beatbridge.crime;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Builds small files in the portal's export layout for the tests.
 */
final class PortalCsv {

	static final String HEADER = "ID,Case Number,Date,Block,IUCR,Primary Type,Description,Location Description,"
			+ "Arrest,Domestic,Beat,District,Ward,Community Area,FBI Code,X Coordinate,Y Coordinate,Year,"
			+ "Updated On,Latitude,Longitude,Location";

	private static final DateTimeFormatter PORTAL = DateTimeFormatter.ofPattern("MM/dd/yyyy hh:mm:ss a", Locale.US);

	private final StringBuilder text = new StringBuilder(HEADER).append('\n');

	static PortalCsv file() {
		return new PortalCsv();
	}

	/**
	 * Two vandalism incidents a week in a beat for 14 weeks from Monday 2015-01-05, then
	 * 15 in one week: an uptick the detector must find.
	 */
	static PortalCsv plantedUptick(String beat) {
		PortalCsv file = file();
		LocalDateTime monday = LocalDateTime.of(2015, 1, 5, 10, 0);
		long id = 1;
		for (int week = 0; week < 15; week++) {
			int incidents = (week == 14) ? 15 : 2;
			for (int i = 0; i < incidents; i++) {
				file.vandalism(id++, monday.plusWeeks(week).plusHours(i), beat);
			}
		}
		return file;
	}

	static String timestamp(LocalDateTime time) {
		return PORTAL.format(time);
	}

	/** A criminal damage (vandalism) incident in beat 0422, geocoded. */
	PortalCsv vandalism(long id, LocalDateTime occurred, String beat) {
		return row(id, timestamp(occurred), "1320", "CRIMINAL DAMAGE", beat, "41.747693646", "-87.549035389",
				"02/15/2015 12:43:39 PM");
	}

	PortalCsv row(long id, String date, String iucr, String type, String beat, String latitude, String longitude,
			String updatedOn) {
		String location = latitude.isEmpty() ? "" : "\"(" + latitude + ", " + longitude + ")\"";
		return line(id + ",HY" + id + "," + date + ",081XX S COLES AVE," + iucr + "," + type
				+ ",TO VEHICLE,STREET,false,false," + beat + ",004,7,46,14,1198273,1851626,2015," + updatedOn + ","
				+ latitude + "," + longitude + "," + location);
	}

	PortalCsv line(String line) {
		this.text.append(line).append('\n');
		return this;
	}

	InputStream stream() {
		return new ByteArrayInputStream(toString().getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public String toString() {
		return this.text.toString();
	}

}
