package org.beatbridge.meetings.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads beat numbers from the titles CPD districts typed by hand: {@code "2514 Beat
 * Meeting"}, {@code "813/833 Beat Meeting"}, {@code "Beat 1934 & 1935"},
 * {@code "Beat Meeting: 1112/21"} (21 meaning 1121), {@code "1821,22,23 Beat Meeting"}.
 */
public final class CalendarTitles {

	private static final Pattern BEAT_WORD = Pattern.compile("\\bbeats?\\b");

	// "20th Dist", "10 Sector": numbers that are not beats
	private static final Pattern NOT_A_BEAT = Pattern.compile("\\b\\d+\\s*(st|nd|rd|th)\\b|\\b\\d+\\s+sector\\b");

	private static final Pattern NUMBER = Pattern.compile("\\d+");

	private static final Pattern CANCELLED = Pattern.compile("^\\s*no\\s+beat\\b|\\bcancel+ed\\b");

	private CalendarTitles() {
	}

	/**
	 * Whether the title announces a beat meeting (rather than a DAC, seniors' or other
	 * district event).
	 */
	public static boolean namesBeatMeeting(String title) {
		String text = lower(title);
		return BEAT_WORD.matcher(text).find() && !text.contains("facilitator") && !text.contains("all beats");
	}

	/**
	 * The beat numbers written in the title, 4 digits each, in order, not yet checked
	 * against the city's beats.
	 */
	public static List<String> beatNumbers(String title) {
		List<String> beats = new ArrayList<>();
		if (!namesBeatMeeting(title)) {
			return beats;
		}
		String text = NOT_A_BEAT.matcher(lower(title)).replaceAll(" ");
		Matcher numbers = NUMBER.matcher(text);
		String previous = null;
		while (numbers.find()) {
			String digits = numbers.group();
			if (digits.length() == 3 || digits.length() == 4) {
				previous = (digits.length() == 3) ? "0" + digits : digits;
				beats.add(previous);
			}
			else if (digits.length() == 2 && previous != null) {
				// "1112/21": the last two digits of the next beat of the same sector
				// group
				beats.add(previous.substring(0, 2) + digits);
			}
		}
		return beats.stream().distinct().toList();
	}

	/**
	 * Whether the title says the meeting will not take place ({@code "NO Beat Meeting
	 * 1212"}, {@code "1622 Beat Meeting Cancelled"}).
	 */
	public static boolean saysCancelled(String title) {
		return CANCELLED.matcher(lower(title)).find();
	}

	private static String lower(String title) {
		return (title != null) ? title.toLowerCase(Locale.ROOT) : "";
	}

}
