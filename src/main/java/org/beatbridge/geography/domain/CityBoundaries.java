package org.beatbridge.geography.domain;

import java.util.Comparator;
import java.util.List;

import org.beatbridge.geography.BoundarySummary;

/**
 * A city's districts, beats and community areas, each sorted by number.
 */
public record CityBoundaries(List<DistrictShape> districts, List<BeatShape> beats,
		List<CommunityAreaShape> communityAreas) {

	public CityBoundaries {
		districts = districts.stream().sorted(Comparator.comparing(DistrictShape::number, NUMERIC)).toList();
		beats = beats.stream().sorted(Comparator.comparing(BeatShape::number)).toList();
		communityAreas = communityAreas.stream().sorted(Comparator.comparingInt(CommunityAreaShape::number)).toList();
	}

	private static final Comparator<String> NUMERIC = Comparator.comparingInt(String::length)
		.thenComparing(Comparator.naturalOrder());

	public BoundarySummary summary() {
		int sectors = (int) this.beats.stream().map(BeatShape::sector).distinct().count();
		return new BoundarySummary(this.districts.size(), sectors, this.beats.size(), this.communityAreas.size());
	}

}
