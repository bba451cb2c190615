package org.beatbridge.open311.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.beatbridge.concerns.ConcernId;
import org.beatbridge.concerns.ConcernQuery;
import org.beatbridge.concerns.ConcernStatus;

import org.springframework.util.MultiValueMap;

/**
 * The filters of {@code GET requests}: the specification's ({@code service_request_id},
 * {@code service_code}, {@code start_date}, {@code end_date}, {@code status}) and
 * extensions ({@code beat}, {@code district}, {@code extensions}, {@code page_size}).
 * Without dates the last 90 days are searched; a range spans at most 90 days.
 */
record RequestFilters(List<ConcernId> ids, ConcernQuery query, boolean extensions, boolean relativeToNow) {

	static final Duration MAX_RANGE = Duration.ofDays(90);

	static final int MAX_IDS = 100;

	static RequestFilters read(Open311Format as, MultiValueMap<String, String> params,
			Predicate<String> knownCategory) {
		boolean extensions = extensions(params);
		List<String> idTexts = list(params, "service_request_id");
		if (!idTexts.isEmpty()) {
			// The specification: with ids, every other filter is ignored
			if (idTexts.size() > MAX_IDS) {
				throw Open311Error.badRequest(as, "service_request_id lists at most " + MAX_IDS + " ids.");
			}
			List<ConcernId> ids = new ArrayList<>();
			for (String text : idTexts) {
				ids.add(ConcernId.parse(text)
					.orElseThrow(() -> Open311Error.badRequest(as, "service_request_id '"
							+ Open311Controller.shorten(text) + "' is not a service request id.")));
			}
			return new RequestFilters(List.copyOf(new LinkedHashSet<>(ids)), null, extensions, false);
		}
		List<String> categories = list(params, "service_code");
		for (String code : categories) {
			if (!knownCategory.test(code)) {
				throw Open311Error.notFound(as, "service_code " + Open311Controller.shorten(code) + " was not found.");
			}
		}
		List<ConcernStatus> statuses = statuses(as, list(params, "status"));
		Instant start = date(as, params, "start_date");
		Instant end = date(as, params, "end_date");
		boolean relativeToNow = start == null && end == null;
		if (relativeToNow) {
			end = Instant.now();
			start = end.minus(MAX_RANGE);
		}
		else if (start == null) {
			start = end.minus(MAX_RANGE);
		}
		else if (end == null) {
			end = start.plus(MAX_RANGE);
		}
		if (end.isBefore(start)) {
			throw Open311Error.badRequest(as, "end_date must not be before start_date.");
		}
		if (Duration.between(start, end).compareTo(MAX_RANGE) > 0) {
			throw Open311Error.badRequest(as, "start_date and end_date may span at most 90 days.");
		}
		List<String> beats = list(params, "beat");
		for (String beat : beats) {
			if (!beat.matches("\\d{3,4}")) {
				throw Open311Error.badRequest(as,
						"beat '" + Open311Controller.shorten(beat) + "' is not a beat number such as 1722.");
			}
		}
		String district = ReportParameters.text(params, "district");
		if (district != null && !district.matches("\\d{1,3}")) {
			throw Open311Error.badRequest(as,
					"district '" + Open311Controller.shorten(district) + "' is not a district number such as 17.");
		}
		// end_date is inclusive in the specification
		ConcernQuery query = new ConcernQuery(beats, district, categories, statuses, start, end.plusMillis(1),
				pageSize(as, params));
		return new RequestFilters(List.of(), query, extensions, relativeToNow);
	}

	/**
	 * The newest {@code page_size} requests (the community's pagination extension; a
	 * client reads on with an earlier {@code end_date}); the specification's 1,000
	 * without it.
	 */
	private static int pageSize(Open311Format as, MultiValueMap<String, String> params) {
		String value = ReportParameters.text(params, "page_size");
		if (value == null) {
			return ConcernQuery.MAX_LIMIT;
		}
		if (!value.matches("\\d{1,4}") || Integer.parseInt(value) < 1
				|| Integer.parseInt(value) > ConcernQuery.MAX_LIMIT) {
			throw Open311Error.badRequest(as, "page_size '" + Open311Controller.shorten(value)
					+ "' is not a whole number from 1 to " + ConcernQuery.MAX_LIMIT + ".");
		}
		return Integer.parseInt(value);
	}

	static boolean extensions(MultiValueMap<String, String> params) {
		return "true".equalsIgnoreCase(ReportParameters.text(params, "extensions"));
	}

	private static List<ConcernStatus> statuses(Open311Format as, List<String> values) {
		Set<ConcernStatus> statuses = new LinkedHashSet<>();
		for (String value : values) {
			if ("open".equalsIgnoreCase(value)) {
				statuses.addAll(ConcernStatus.open());
			}
			else if ("closed".equalsIgnoreCase(value)) {
				statuses.add(ConcernStatus.RESOLVED);
				statuses.add(ConcernStatus.NOT_ACTIONABLE);
			}
			else {
				throw Open311Error.badRequest(as,
						"status '" + Open311Controller.shorten(value) + "' is not open or closed.");
			}
		}
		return (statuses.size() == ConcernStatus.values().length) ? List.of() : List.copyOf(statuses);
	}

	private static Instant date(Open311Format as, MultiValueMap<String, String> params, String name) {
		String value = ReportParameters.text(params, name);
		if (value == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			// try the forms without an offset, read in Chicago time
		}
		try {
			return LocalDateTime.parse(value).atZone(Open311Views.CHICAGO).toInstant();
		}
		catch (DateTimeParseException ex) {
			// try a plain date
		}
		try {
			return LocalDate.parse(value).atStartOfDay(Open311Views.CHICAGO).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw Open311Error.badRequest(as, name + " '" + Open311Controller.shorten(value)
					+ "' is not a date and time such as 2026-11-01T00:00:00-05:00.");
		}
	}

	private static List<String> list(MultiValueMap<String, String> params, String name) {
		List<String> values = params.get(name);
		if (values == null) {
			return List.of();
		}
		return values.stream()
			.flatMap((value) -> Arrays.stream(value.split(",")))
			.map(String::strip)
			.filter((value) -> !value.isEmpty())
			.distinct()
			.toList();
	}

}
