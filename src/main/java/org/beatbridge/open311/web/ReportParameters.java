package org.beatbridge.open311.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.beatbridge.concerns.ConcernSource;
import org.beatbridge.concerns.Contact;
import org.beatbridge.concerns.FieldError;
import org.beatbridge.concerns.InvalidConcern;
import org.beatbridge.concerns.NewConcern;

import org.springframework.util.MultiValueMap;

/**
 * Reads a GeoReport v2 {@code POST requests} into a {@link NewConcern}, and names the
 * Open311 parameter when the concerns module refuses a field.
 */
final class ReportParameters {

	private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\]]{1,100})\\](\\[\\])?");

	private static final Map<String, String> PARAMETERS = Map.ofEntries(Map.entry("category", "service_code"),
			Map.entry("description", "description"), Map.entry("latitude", "lat"), Map.entry("longitude", "long"),
			Map.entry("address", "address_string"), Map.entry("contactName", "first_name"),
			Map.entry("contactEmail", "email"), Map.entry("contactPhone", "phone"), Map.entry("deviceId", "device_id"),
			Map.entry("anonymous", "email"), Map.entry("mediaUrl", "media_url"));

	private ReportParameters() {
	}

	static NewConcern read(Open311Format as, MultiValueMap<String, String> params, Locale locale) {
		List<String> errors = new ArrayList<>();
		String serviceCode = text(params, "service_code");
		if (serviceCode == null) {
			errors.add("service_code was not provided.");
		}
		Double latitude = number(params, "lat", errors);
		Double longitude = number(params, "long", errors);
		if ((latitude == null) != (longitude == null)) {
			errors.add("lat and long must be provided together.");
		}
		String address = text(params, "address_string");
		if (latitude == null && longitude == null && address == null && text(params, "address_id") == null) {
			errors.add("A location was not provided: send lat and long, or address_string.");
		}
		if (!errors.isEmpty()) {
			throw Open311Error.badRequest(as, errors);
		}
		String name = join(text(params, "first_name"), text(params, "last_name"));
		Contact contact = new Contact(name, text(params, "email"), text(params, "phone"));
		String deviceId = text(params, "device_id");
		boolean anonymous = contact.isEmpty() && deviceId == null;
		return new NewConcern(serviceCode, text(params, "description"), latitude, longitude, address, null,
				anonymous ? Contact.NONE : contact, anonymous, null, ConcernSource.OPEN311, attributes(params),
				anonymous ? null : deviceId, language(locale), text(params, "media_url"));
	}

	/**
	 * The concerns module's refusal as an Open311 error: 404 when the service code is
	 * unknown, otherwise 400 naming each parameter.
	 */
	static Open311Error error(Open311Format as, InvalidConcern invalid) {
		FieldError unknownCategory = invalid.errorOf("category");
		if (unknownCategory != null && unknownCategory.code().endsWith("category.unknown")) {
			return Open311Error.notFound(as, "service_code: " + unknownCategory.message());
		}
		return Open311Error.badRequest(as,
				invalid.errors().stream().map((error) -> parameter(error.field()) + ": " + error.message()).toList());
	}

	static String parameter(String field) {
		if (field.startsWith("attribute.")) {
			return "attribute[" + field.substring("attribute.".length()) + "]";
		}
		if ("location".equals(field)) {
			return "lat";
		}
		return PARAMETERS.getOrDefault(field, field);
	}

	private static Map<String, String> attributes(MultiValueMap<String, String> params) {
		Map<String, String> attributes = new LinkedHashMap<>();
		params.forEach((key, values) -> {
			Matcher matcher = ATTRIBUTE.matcher(key);
			if (matcher.matches()) {
				List<String> answers = values.stream().filter((value) -> value != null && !value.isBlank()).toList();
				if (!answers.isEmpty()) {
					attributes.merge(matcher.group(1), String.join(",", answers), (a, b) -> a + "," + b);
				}
			}
		});
		return attributes;
	}

	private static Double number(MultiValueMap<String, String> params, String name, List<String> errors) {
		String value = text(params, name);
		if (value == null) {
			return null;
		}
		try {
			double number = Double.parseDouble(value);
			if (Double.isFinite(number)) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		errors.add(name + " must be a decimal number (WGS84 degrees).");
		return null;
	}

	static String text(MultiValueMap<String, String> params, String name) {
		String value = params.getFirst(name);
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static String join(String first, String last) {
		if (first == null) {
			return last;
		}
		return (last == null) ? first : first + " " + last;
	}

	private static String language(Locale locale) {
		return (locale != null && "es".equals(locale.getLanguage())) ? "es" : "en";
	}

}
