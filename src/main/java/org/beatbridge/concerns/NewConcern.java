package org.beatbridge.concerns;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A concern as a resident reports it, from the web form or an Open311 client. Either a
 * point ({@code latitude} and {@code longitude}) or a typed block {@code address} locates
 * it; a point wins when both are given.
 *
 * @param category a {@link ConcernCategory} code ({@code "drug-sales"})
 * @param description plain text, never rendered as HTML
 * @param photo a JPEG or PNG up to 10 MB, or {@code null}; its metadata is stripped
 * @param contact how to reach the reporter, or {@code null}; must be empty when anonymous
 * @param anonymous nothing identifying is stored: no account, no contact, no device
 * @param accountId the signed-in reporter's account, or {@code null}
 * @param attributes answers to the category's questions, by attribute code (Open311
 * {@code attribute[code]}); a multi-value answer is comma-separated
 * @param deviceId Open311's {@code device_id}, or {@code null}
 * @param locale the reporter's language ({@code en}, {@code es}), or {@code null} for
 * English
 * @param mediaUrl Open311's {@code media_url}: an http(s) link to a photo the client
 * hosts, or {@code null}; stored, never fetched, public only once staff publish it
 */
public record NewConcern(String category, String description, Double latitude, Double longitude, String address,
		byte[] photo, Contact contact, boolean anonymous, Long accountId, ConcernSource source,
		Map<String, String> attributes, String deviceId, String locale, String mediaUrl) {

	public NewConcern {
		contact = (contact != null) ? contact : Contact.NONE;
		attributes = withoutNulls(attributes);
		source = (source != null) ? source : ConcernSource.WEB;
	}

	public NewConcern(String category, String description, Double latitude, Double longitude, String address,
			byte[] photo, Contact contact, boolean anonymous, Long accountId, ConcernSource source,
			Map<String, String> attributes, String deviceId, String locale) {
		this(category, description, latitude, longitude, address, photo, contact, anonymous, accountId, source,
				attributes, deviceId, locale, null);
	}

	private static Map<String, String> withoutNulls(Map<String, String> attributes) {
		Map<String, String> copy = new LinkedHashMap<>();
		if (attributes != null) {
			attributes.forEach((key, value) -> {
				if (key != null && value != null) {
					copy.put(key, value);
				}
			});
		}
		return Collections.unmodifiableMap(copy);
	}

	/**
	 * A web report at a point, without photo, contact or account.
	 */
	public static NewConcern anonymousAt(String category, String description, double latitude, double longitude) {
		return new NewConcern(category, description, latitude, longitude, null, null, Contact.NONE, true, null,
				ConcernSource.WEB, Map.of(), null, null);
	}

}
