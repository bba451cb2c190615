package org.beatbridge.concerns.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.beatbridge.concerns.ConcernSource;
import org.beatbridge.concerns.Contact;
import org.beatbridge.concerns.NewConcern;

import org.springframework.util.MultiValueMap;

/**
 * The report form as typed: every field a string, so that nothing a resident types makes
 * binding fail; the domain says what is wrong with it. Category questions arrive as
 * {@code attr.<category>.<code>}, so each category's questions keep their own answers.
 */
public record ConcernForm(String category, String description, String latitude, String longitude, String address,
		boolean anonymous, String contactName, String contactEmail, String contactPhone, Map<String, String> answers) {

	static final String ANSWER_PREFIX = "attr.";

	static ConcernForm empty(boolean anonymous) {
		return new ConcernForm("", "", "", "", "", anonymous, "", "", "", Map.of());
	}

	static ConcernForm from(MultiValueMap<String, String> params, boolean signedIn) {
		Map<String, String> answers = new LinkedHashMap<>();
		params.forEach((name, values) -> {
			if (name.startsWith(ANSWER_PREFIX) && !values.isEmpty()) {
				answers.put(name, String.join(",", values));
			}
		});
		String anonymous = params.getFirst("anonymous");
		return new ConcernForm(text(params, "category"), text(params, "description"), text(params, "latitude"),
				text(params, "longitude"), text(params, "address"),
				(anonymous != null) ? "true".equals(anonymous) : !signedIn, text(params, "contactName"),
				text(params, "contactEmail"), text(params, "contactPhone"), answers);
	}

	private static String text(MultiValueMap<String, String> params, String name) {
		String value = params.getFirst(name);
		return (value != null) ? value : "";
	}

	/** The answer typed for a question of a category, for redisplay. */
	public String answer(String category, String code) {
		return this.answers.getOrDefault(ANSWER_PREFIX + category + "." + code, "");
	}

	NewConcern toConcern(byte[] photo, Long accountId, String locale) {
		Map<String, String> attributes = new LinkedHashMap<>();
		String prefix = ANSWER_PREFIX + this.category + ".";
		this.answers.forEach((name, value) -> {
			if (name.startsWith(prefix) && !value.isBlank()) {
				attributes.put(name.substring(prefix.length()), value);
			}
		});
		Double latitude = number(this.latitude);
		Double longitude = number(this.longitude);
		Contact contact = this.anonymous ? Contact.NONE
				: new Contact(this.contactName, this.contactEmail, this.contactPhone);
		return new NewConcern(this.category, this.description, latitude, longitude, this.address, photo, contact,
				this.anonymous, this.anonymous ? null : accountId, ConcernSource.WEB, attributes, null, locale);
	}

	// Text that is not a number becomes NaN, which the domain refuses by field name
	private static Double number(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return Double.NaN;
		}
	}

}
