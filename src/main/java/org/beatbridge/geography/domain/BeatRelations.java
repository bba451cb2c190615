package org.beatbridge.geography.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * What is derived from the beat shapes once per import: each beat's neighbours and the
 * community areas it covers.
 */
final class BeatRelations {

	/** Beats whose boundaries come this close share a border. */
	static final double NEIGHBOUR_METRES = 1.0;

	/**
	 * A community area counts for a beat when it covers at least this share of the beat
	 * and this many square metres: the two maps were drawn separately and meet in
	 * slivers.
	 */
	static final double COMMUNITY_SHARE = 0.01;

	static final double COMMUNITY_SQUARE_METRES = 10_000;

	private BeatRelations() {
	}

	/**
	 * Neighbours and community area names per beat number, each sorted.
	 */
	static Map<String, Relations> of(CityBoundaries boundaries) {
		List<BeatShape> beats = boundaries.beats();
		List<Geometry> metric = beats.stream().map((beat) -> LocalPlane.project(beat.geometry())).toList();
		List<Geometry> areas = boundaries.communityAreas()
			.stream()
			.map((area) -> LocalPlane.project(area.geometry()))
			.toList();
		Map<String, Relations> result = new TreeMap<>();
		for (int i = 0; i < beats.size(); i++) {
			Geometry beat = metric.get(i);
			Envelope near = new Envelope(beat.getEnvelopeInternal());
			near.expandBy(NEIGHBOUR_METRES);
			IndexedFacetDistance distance = new IndexedFacetDistance(beat);
			List<String> neighbours = new ArrayList<>();
			for (int j = 0; j < beats.size(); j++) {
				if (j != i && near.intersects(metric.get(j).getEnvelopeInternal())
						&& distance.isWithinDistance(metric.get(j), NEIGHBOUR_METRES)) {
					neighbours.add(beats.get(j).number());
				}
			}
			double beatArea = beat.getArea();
			List<String> covered = new ArrayList<>();
			for (int a = 0; a < areas.size(); a++) {
				Geometry area = areas.get(a);
				if (beat.getEnvelopeInternal().intersects(area.getEnvelopeInternal())) {
					double shared = intersectionArea(beat, area);
					if (shared >= COMMUNITY_SQUARE_METRES && shared >= COMMUNITY_SHARE * beatArea) {
						covered.add(boundaries.communityAreas().get(a).name());
					}
				}
			}
			covered.sort(null);
			result.put(beats.get(i).number(), new Relations(List.copyOf(neighbours), List.copyOf(covered)));
		}
		return result;
	}

	private static double intersectionArea(Geometry a, Geometry b) {
		try {
			return OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION).getArea();
		}
		catch (RuntimeException ex) {
			// Invalid rings in a file (self-touching shells) are repaired by a zero
			// buffer.
			return a.buffer(0).intersection(b.buffer(0)).getArea();
		}
	}

	record Relations(List<String> neighbours, List<String> communityAreas) {

	}

}
