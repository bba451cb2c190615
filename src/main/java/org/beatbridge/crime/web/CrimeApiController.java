package org.beatbridge.crime.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.beatbridge.crime.BeatCrimeSummary;
import org.beatbridge.crime.CrimeStatistics;
import org.beatbridge.crime.CrimeUptick;
import org.beatbridge.shared.web.JsonApi;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Crime conditions per beat and current upticks, served from the weekly counts.
 */
@JsonApi("/api/v1/crime")
@Tag(name = "Crime", description = "Weekly crime counts per beat and upticks against each beat's baseline")
class CrimeApiController {

	private final CrimeStatistics statistics;

	CrimeApiController(CrimeStatistics statistics) {
		this.statistics = statistics;
	}

	@GetMapping("/beats/{beat}/summary")
	@Operation(summary = "Weekly counts per category of a beat over a period (twelve weeks by default)")
	BeatCrimeSummary beatSummary(@PathVariable String beat,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
		return this.statistics.beatSummary(beat, Optional.ofNullable(from), Optional.ofNullable(to));
	}

	@GetMapping("/upticks")
	@Operation(summary = "Upticks still running since a day (the last four weeks of data by default)")
	List<CrimeUptick> upticks(@RequestParam(required = false) String district,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate since) {
		return this.statistics.upticks(Optional.ofNullable(district), Optional.ofNullable(since));
	}

}
