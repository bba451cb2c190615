package org.beatbridge.crime.domain;

import java.util.HashMap;
import java.util.Map;

import org.beatbridge.geography.BeatDetails;
import org.beatbridge.geography.Beats;

import org.springframework.stereotype.Component;

/**
 * Beats as the geography module knows them: the list is read once per import, points are
 * located only for rows whose {@code Beat} is missing or unknown.
 */
@Component
class GeographyBeatSnapshots implements BeatSnapshots {

	private final Beats beats;

	GeographyBeatSnapshots(Beats beats) {
		this.beats = beats;
	}

	@Override
	public BeatAssigner snapshot() {
		Map<String, String> districtByBeat = new HashMap<>();
		for (BeatDetails beat : this.beats.all()) {
			districtByBeat.put(beat.beat(), beat.district());
		}
		return new BeatAssigner(districtByBeat, (latitude,
				longitude) -> this.beats.locate(latitude, longitude).map((found) -> found.beat()).orElse(null));
	}

}
