package org.beatbridge.geography.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.beatbridge.geography.BeatDetails;

/**
 * The beats grouped by district, for the "choose your beat" list that works without a map
 * or JavaScript.
 */
public record BeatChoices(List<District> districts) {

	static BeatChoices of(List<BeatDetails> beats) {
		Map<String, List<String>> byDistrict = new LinkedHashMap<>();
		beats.stream()
			.sorted(Comparator.comparing(BeatDetails::district, BeatChoices::byNumber)
				.thenComparing(BeatDetails::beat, BeatChoices::byNumber))
			.forEach(beat -> byDistrict.computeIfAbsent(beat.district(), key -> new java.util.ArrayList<>())
				.add(beat.beat()));
		return new BeatChoices(byDistrict.entrySet()
			.stream()
			.map(entry -> new District(entry.getKey(), List.copyOf(entry.getValue())))
			.toList());
	}

	public boolean isEmpty() {
		return this.districts.isEmpty();
	}

	/** Numbers sort as numbers ("2" before "10"), whatever their leading zeros. */
	static int byNumber(String left, String right) {
		String a = stripZeros(left);
		String b = stripZeros(right);
		boolean numeric = a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit);
		if (numeric && a.length() != b.length()) {
			return Integer.compare(a.length(), b.length());
		}
		return a.compareTo(b);
	}

	/** "017" reads as district 17 on a page. */
	static String stripZeros(String number) {
		String stripped = number.replaceFirst("^0+(?=.)", "");
		return stripped.isEmpty() ? number : stripped;
	}

	public record District(String number, List<String> beats) {

		public String label() {
			return stripZeros(this.number);
		}

	}

}
