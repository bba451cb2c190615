package org.beatbridge.crime.domain;

/**
 * Checks one row of the portal export and turns it into the staging table's values: the
 * 22 published columns typed as PostgreSQL reads them, then the assigned beat, district
 * and category. A row that fails a check is refused with a reason, never half imported.
 */
final class PortalRowConverter {

	static final int PORTAL_COLUMNS = 22;

	static final int VALUES = PORTAL_COLUMNS + 3;

	private static final int ID = 0;

	private static final int DATE = 2;

	private static final int IUCR = 4;

	private static final int PRIMARY_TYPE = 5;

	private static final int ARREST = 8;

	private static final int DOMESTIC = 9;

	private static final int BEAT = 10;

	private static final int DISTRICT = 11;

	private static final int WARD = 12;

	private static final int COMMUNITY_AREA = 13;

	private static final int X_COORDINATE = 15;

	private static final int Y_COORDINATE = 16;

	private static final int YEAR = 17;

	private static final int UPDATED_ON = 18;

	private static final int LATITUDE = 19;

	private static final int LONGITUDE = 20;

	private static final String[] NAMES = { "ID", "Case Number", "Date", "Block", "IUCR", "Primary Type", "Description",
			"Location Description", "Arrest", "Domestic", "Beat", "District", "Ward", "Community Area", "FBI Code",
			"X Coordinate", "Y Coordinate", "Year", "Updated On", "Latitude", "Longitude", "Location" };

	private final BeatAssigner beats;

	private final CategoryRules categories;

	private final CityBounds city;

	PortalRowConverter(BeatAssigner beats, CategoryRules categories, CityBounds city) {
		this.beats = beats;
		this.categories = categories;
		this.city = city;
	}

	static boolean isPortalHeader(String[] header, int size) {
		if (size != PORTAL_COLUMNS) {
			return false;
		}
		for (int i = 0; i < PORTAL_COLUMNS; i++) {
			String name = header[i].trim();
			if (i == 0 && name.startsWith("\uFEFF")) {
				name = name.substring(1);
			}
			if (!NAMES[i].equalsIgnoreCase(name)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * @param row the fields of the row, {@link #PORTAL_COLUMNS} of them at most
	 * @param size how many fields the row has
	 * @param out receives the {@link #VALUES} staging values; {@code null} is SQL NULL
	 * @param numbers receives, for each number or time in {@code out} that is not NULL,
	 * its value as parsed, so that nothing is parsed twice: whole numbers as they are,
	 * doubles as their bits, timestamps as {@link PortalTimestamp#toMicros}
	 * @return why the row is refused, or {@code null} when it is fine
	 */
	String convert(String[] row, int size, String[] out, long[] numbers) {
		if (size != PORTAL_COLUMNS) {
			return "expected " + PORTAL_COLUMNS + " columns, found " + size;
		}
		for (int i = 0; i < PORTAL_COLUMNS; i++) {
			String value = row[i];
			out[i] = value.isEmpty() ? null : value;
		}
		String id = row[ID].trim();
		if (id.isEmpty()) {
			return "missing ID";
		}
		if (!isPositiveLong(id)) {
			return "ID '" + id + "' is not a number";
		}
		out[ID] = id;
		numbers[ID] = Long.parseLong(id);
		long occurredAt = PortalTimestamp.toMicros(row[DATE]);
		if (occurredAt == PortalTimestamp.INVALID) {
			return "unparseable Date '" + row[DATE] + "'";
		}
		numbers[DATE] = occurredAt;
		long updatedOn = PortalTimestamp.toMicros(row[UPDATED_ON]);
		if (updatedOn == PortalTimestamp.INVALID) {
			return "unparseable Updated On '" + row[UPDATED_ON] + "'";
		}
		numbers[UPDATED_ON] = updatedOn;
		String problem = checkBoolean(row, ARREST, out);
		problem = (problem != null) ? problem : checkBoolean(row, DOMESTIC, out);
		problem = (problem != null) ? problem : checkInteger(row, WARD, Short.MAX_VALUE, out, numbers);
		problem = (problem != null) ? problem : checkInteger(row, COMMUNITY_AREA, Short.MAX_VALUE, out, numbers);
		problem = (problem != null) ? problem : checkInteger(row, X_COORDINATE, Integer.MAX_VALUE, out, numbers);
		problem = (problem != null) ? problem : checkInteger(row, Y_COORDINATE, Integer.MAX_VALUE, out, numbers);
		problem = (problem != null) ? problem : checkInteger(row, YEAR, Short.MAX_VALUE, out, numbers);
		if (problem != null) {
			return problem;
		}
		double latitude = Double.NaN;
		double longitude = Double.NaN;
		String latitudeText = row[LATITUDE].trim();
		String longitudeText = row[LONGITUDE].trim();
		if (!latitudeText.isEmpty() || !longitudeText.isEmpty()) {
			try {
				latitude = Double.parseDouble(latitudeText);
				longitude = Double.parseDouble(longitudeText);
			}
			catch (NumberFormatException ex) {
				return "unparseable coordinates (" + latitudeText + ", " + longitudeText + ")";
			}
			if (!this.city.contains(latitude, longitude)) {
				return "coordinates (" + latitudeText + ", " + longitudeText + ") are outside the city";
			}
			out[LATITUDE] = latitudeText;
			out[LONGITUDE] = longitudeText;
			numbers[LATITUDE] = Double.doubleToRawLongBits(latitude);
			numbers[LONGITUDE] = Double.doubleToRawLongBits(longitude);
		}
		else {
			out[LATITUDE] = null;
			out[LONGITUDE] = null;
		}
		BeatAssigner.Assignment assignment = this.beats.assign(row[BEAT], row[DISTRICT], latitude, longitude);
		out[PORTAL_COLUMNS] = assignment.beat();
		out[PORTAL_COLUMNS + 1] = assignment.district();
		out[PORTAL_COLUMNS + 2] = this.categories.categoryOf(row[PRIMARY_TYPE].trim(), row[IUCR].trim());
		return null;
	}

	private static boolean isPositiveLong(String text) {
		if (text.length() > 18) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	private static String checkBoolean(String[] row, int column, String[] out) {
		String value = row[column].trim();
		if (value.isEmpty()) {
			out[column] = null;
		}
		else if (value.equalsIgnoreCase("true")) {
			out[column] = "t";
		}
		else if (value.equalsIgnoreCase("false")) {
			out[column] = "f";
		}
		else {
			return NAMES[column] + " '" + value + "' is neither true nor false";
		}
		return null;
	}

	/** Whole numbers within the column's type ({@code smallint} or {@code integer}). */
	private static String checkInteger(String[] row, int column, int largest, String[] out, long[] numbers) {
		String value = row[column].trim();
		if (value.isEmpty()) {
			out[column] = null;
			return null;
		}
		try {
			int number = Integer.parseInt(value);
			if (number > largest || number < -largest - 1) {
				return NAMES[column] + " '" + value + "' is out of range";
			}
			out[column] = value;
			numbers[column] = number;
			return null;
		}
		catch (NumberFormatException ex) {
			return NAMES[column] + " '" + value + "' is not a whole number";
		}
	}

}
