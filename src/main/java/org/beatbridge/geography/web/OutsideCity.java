package org.beatbridge.geography.web;

import org.beatbridge.shared.web.ApiProblems;
import org.beatbridge.shared.web.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * A point more than 30 m from every beat.
 */
class OutsideCity extends ProblemException {

	private OutsideCity(double lat, double lon) {
		super(ApiProblems.of(HttpStatus.NOT_FOUND, "outside-city", "Outside the city",
				"The point " + lat + ", " + lon + " is not within the city's police beats."));
	}

	static OutsideCity at(double lat, double lon) {
		return new OutsideCity(lat, lon);
	}

}
