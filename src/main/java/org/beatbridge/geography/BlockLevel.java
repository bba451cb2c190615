package org.beatbridge.geography;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes addresses and points no more precise than a block, as the Chicago Data Portal
 * does, before anything about a person's report is shown to others.
 */
public final class BlockLevel {

	/**
	 * What an address that cannot be reduced to a block becomes: never the exact text.
	 */
	public static final String UNKNOWN_BLOCK = "UNKNOWN BLOCK";

	/**
	 * Size of the grid a point is snapped to: 0.001° of latitude (111 m) by 0.00125° of
	 * longitude (104 m in Chicago).
	 */
	static final double LATITUDE_STEP = 0.001;

	static final double LONGITUDE_STEP = 0.00125;

	private static final Pattern ADDRESS = Pattern.compile("^(\\d{1,6})(?:\\s*-\\s*\\d{1,6})?[A-Z]?\\s+(.+)$");

	// Units and everything after them narrow the address to a home: they are dropped.
	private static final Pattern UNIT = Pattern
		.compile("\\s+(?:#|APT\\b|APARTMENT\\b|UNIT\\b|STE\\b|SUITE\\b|FL\\b|FLOOR\\b|RM\\b|ROOM\\b).*$");

	private static final Pattern STREET = Pattern.compile("^[A-Z0-9][A-Z0-9 '&-]{0,39}$");

	private BlockLevel() {
	}

	/**
	 * The block of an address: {@code "1842 W. Fargo Ave"} becomes
	 * {@code "018XX W FARGO AVE"} (the house number's last two digits become XX,
	 * zero-padded to five characters). Text that is not a house number and a street
	 * becomes {@link #UNKNOWN_BLOCK}.
	 */
	public static String address(String exact) {
		if (exact == null) {
			return UNKNOWN_BLOCK;
		}
		String text = exact.toUpperCase(Locale.ROOT).replace('.', ' ').replace('\t', ' ').strip();
		int comma = text.indexOf(',');
		if (comma >= 0) {
			text = text.substring(0, comma);
		}
		text = text.replaceAll("\\s+", " ").strip();
		Matcher matcher = ADDRESS.matcher(text);
		if (!matcher.matches()) {
			return UNKNOWN_BLOCK;
		}
		String street = UNIT.matcher(matcher.group(2)).replaceFirst("").strip();
		if (!STREET.matcher(street).matches() || street.chars().noneMatch(Character::isLetter)) {
			return UNKNOWN_BLOCK;
		}
		int number = Integer.parseInt(matcher.group(1));
		return String.format(Locale.ROOT, "%03dXX %s", number / 100, street);
	}

	/**
	 * The centre of the roughly 100 m by 100 m grid cell a point lies in: where to show a
	 * report on a map without showing the house.
	 * @throws IllegalArgumentException when the coordinates are not a point on Earth
	 */
	public static Point point(double latitude, double longitude) {
		if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
			throw new IllegalArgumentException("Not a point on Earth: " + latitude + ", " + longitude);
		}
		return new Point(snap(latitude, LATITUDE_STEP), snap(longitude, LONGITUDE_STEP));
	}

	private static double snap(double value, double step) {
		double centre = (Math.floor(value / step) + 0.5) * step;
		return BigDecimal.valueOf(centre).setScale(6, RoundingMode.HALF_UP).doubleValue();
	}

	/**
	 * A point at block precision.
	 */
	public record Point(double latitude, double longitude) {

	}

}
