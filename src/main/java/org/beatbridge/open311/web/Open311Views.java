package org.beatbridge.open311.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.beatbridge.concerns.CategoryAttribute;
import org.beatbridge.concerns.ConcernCategory;
import org.beatbridge.concerns.ConcernView;
import org.beatbridge.geography.BlockLevel;

/**
 * GeoReport v2 bodies built from the concerns module's public views: block-level places,
 * the moderated description, never the reporter.
 */
final class Open311Views {

	static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX",
			Locale.ROOT);

	static final String AGENCY = "Chicago Police Department";

	private Open311Views() {
	}

	static Map<String, Object> service(ConcernCategory category) {
		Map<String, Object> service = new LinkedHashMap<>();
		service.put("service_code", category.code());
		service.put("service_name", category.name());
		service.put("description", category.description());
		service.put("metadata", !category.attributes().isEmpty());
		service.put("type", "realtime");
		service.put("keywords", category.crimeCategory());
		service.put("group", category.group());
		return service;
	}

	static Map<String, Object> definition(ConcernCategory category) {
		List<Object> attributes = new ArrayList<>();
		for (CategoryAttribute attribute : category.attributes()) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("variable", true);
			item.put("code", attribute.code());
			item.put("datatype", attribute.datatype().name().toLowerCase(Locale.ROOT));
			item.put("required", attribute.required());
			item.put("datatype_description", blankToNull(attribute.hint()));
			item.put("order", attribute.order());
			item.put("description", attribute.name());
			if (!attribute.values().isEmpty()) {
				item.put("values",
						attribute.values()
							.stream()
							.map((choice) -> (Object) choiceOf(choice.key(), choice.name()))
							.toList());
			}
			attributes.add(item);
		}
		Map<String, Object> definition = new LinkedHashMap<>();
		definition.put("service_code", category.code());
		definition.put("attributes", attributes);
		return definition;
	}

	private static Map<String, Object> choiceOf(String key, String name) {
		Map<String, Object> choice = new LinkedHashMap<>();
		choice.put("key", key);
		choice.put("name", name);
		return choice;
	}

	static Map<String, Object> request(ConcernView concern, Map<String, ConcernCategory> categories,
			boolean extensions) {
		ConcernCategory category = categories.get(concern.category());
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("service_request_id", concern.id().toString());
		request.put("status", concern.status().isOpen() ? "open" : "closed");
		request.put("status_notes", concern.latestPublicUpdate());
		request.put("service_name", (category != null) ? category.name() : null);
		request.put("service_code", concern.category());
		request.put("description", concern.description());
		request.put("agency_responsible", AGENCY);
		request.put("service_notice", null);
		request.put("requested_datetime", dateTime(concern.requestedAt()));
		request.put("updated_datetime", dateTime(concern.updatedAt()));
		request.put("expected_datetime", null);
		request.put("address", address(concern.blockAddress()));
		request.put("address_id", null);
		request.put("zipcode", null);
		BlockLevel.Point point = concern.point();
		request.put("lat", (point != null) ? point.latitude() : null);
		request.put("long", (point != null) ? point.longitude() : null);
		// a client's link, published by staff; never fetched (decision 0708)
		request.put("media_url", concern.mediaUrl());
		if (extensions) {
			Map<String, Object> extended = new LinkedHashMap<>();
			extended.put("beat", concern.beat());
			extended.put("district", concern.district());
			extended.put("support_count", concern.supportCount());
			request.put("extended_attributes", extended);
		}
		return request;
	}

	static String dateTime(Instant instant) {
		return (instant != null) ? DATE_TIME.format(instant.atZone(CHICAGO)) : null;
	}

	private static String address(String block) {
		if (block == null || block.isBlank() || BlockLevel.UNKNOWN_BLOCK.equals(block)) {
			return null;
		}
		return block + ", CHICAGO, IL";
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
