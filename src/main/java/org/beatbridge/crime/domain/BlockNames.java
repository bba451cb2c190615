package org.beatbridge.crime.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.beatbridge.geography.BlockLevel;

/**
 * Reads the block of an address the way the portal writes it: a hundred ({@code 018XX})
 * and a street whose words are abbreviated ({@code W FARGO AVE}), so that what a resident
 * types and what the portal published compare equal.
 */
final class BlockNames {

	private static final Pattern PORTAL_BLOCK = Pattern.compile("^(\\d{1,4})XX\\s+(.+)$");

	private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("NORTH", "N"), Map.entry("SOUTH", "S"),
			Map.entry("EAST", "E"), Map.entry("WEST", "W"), Map.entry("AVENUE", "AVE"), Map.entry("AV", "AVE"),
			Map.entry("STREET", "ST"), Map.entry("BOULEVARD", "BLVD"), Map.entry("DRIVE", "DR"),
			Map.entry("ROAD", "RD"), Map.entry("PLACE", "PL"), Map.entry("PARKWAY", "PKWY"), Map.entry("COURT", "CT"),
			Map.entry("TERRACE", "TER"), Map.entry("LANE", "LN"), Map.entry("HIGHWAY", "HWY"),
			Map.entry("EXPRESSWAY", "EXPY"), Map.entry("SQUARE", "SQ"), Map.entry("CIRCLE", "CIR"));

	private static final java.util.Set<String> DIRECTIONS = java.util.Set.of("N", "S", "E", "W");

	private static final java.util.Set<String> SUFFIXES = java.util.Set.of("AVE", "ST", "BLVD", "DR", "RD", "PL",
			"PKWY", "CT", "TER", "LN", "HWY", "EXPY", "SQ", "CIR", "WAY");

	private BlockNames() {
	}

	/**
	 * The hundred and normalised street of an address or portal block; empty when it is
	 * not a house number (or hundred) and a street.
	 */
	static Optional<Block> parse(String text) {
		if (text == null || text.isBlank() || text.length() > 200) {
			return Optional.empty();
		}
		String upper = text.toUpperCase(Locale.ROOT).replace('.', ' ').replaceAll("\\s+", " ").strip();
		Matcher portal = PORTAL_BLOCK.matcher(upper);
		String block = portal.matches() ? upper : BlockLevel.address(upper);
		Matcher matcher = PORTAL_BLOCK.matcher(block);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return Optional.of(new Block(Integer.parseInt(matcher.group(1)), street(matcher.group(2))));
	}

	static String street(String street) {
		StringBuilder normalised = new StringBuilder();
		for (String word : street.toUpperCase(Locale.ROOT).replace('.', ' ').strip().split("\\s+")) {
			if (!normalised.isEmpty()) {
				normalised.append(' ');
			}
			normalised.append(WORDS.getOrDefault(word, word));
		}
		return normalised.toString();
	}

	/**
	 * The street's name without a leading direction or a trailing suffix:
	 * {@code W FARGO AVE} becomes {@code FARGO}, for addresses typed without them.
	 */
	static String core(String street) {
		String[] words = street.split(" ");
		int from = (words.length > 1 && DIRECTIONS.contains(words[0])) ? 1 : 0;
		int to = (words.length - from > 1 && SUFFIXES.contains(words[words.length - 1])) ? words.length - 1
				: words.length;
		return String.join(" ", java.util.Arrays.copyOfRange(words, from, to));
	}

	record Block(int hundred, String street) {

	}

}
