package org.beatbridge.concerns.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.beatbridge.concerns.CategoryAttribute;
import org.beatbridge.concerns.ConcernCategory;
import org.beatbridge.concerns.ConcernPhoto;
import org.beatbridge.concerns.Contact;
import org.beatbridge.concerns.FieldError;
import org.beatbridge.concerns.InvalidConcern;
import org.beatbridge.concerns.NewConcern;
import org.beatbridge.crime.BlockLocations;
import org.beatbridge.geography.BeatLocation;
import org.beatbridge.geography.Beats;

/**
 * Checks every field of a reported concern and collects all that is wrong, so the
 * resident sees every message at once; locates the concern on a beat.
 */
final class ConcernRules {

	static final int MIN_DESCRIPTION = 10;

	static final int MAX_DESCRIPTION = 4000;

	static final int MAX_ADDRESS = 120;

	static final int MAX_NAME = 100;

	static final int MAX_EMAIL = 254;

	static final int MAX_ATTRIBUTE = 500;

	static final int MAX_DEVICE_ID = 100;

	static final int MAX_MEDIA_URL = 2000;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

	private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ().-]{7,25}$");

	// Control characters other than tab and line breaks (PostgreSQL refuses NUL in text)
	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

	private final List<FieldError> errors = new ArrayList<>();

	private ConcernRules() {
	}

	static Validated check(NewConcern concern, CategoryCatalog categories, Beats beats, BlockLocations blocks) {
		return new ConcernRules().validate(concern, categories, beats, blocks);
	}

	private Validated validate(NewConcern concern, CategoryCatalog categories, Beats beats, BlockLocations blocks) {
		ConcernCategory category = category(concern.category(), categories);
		String description = description(concern.description());
		Map<String, String> attributes = (category != null) ? attributes(category, concern.attributes()) : Map.of();
		Location location = location(concern, beats, blocks);
		ConcernPhoto photo = photo(concern.photo());
		Contact contact = contact(concern);
		String deviceId = plain(concern.deviceId());
		if (deviceId != null && deviceId.length() > MAX_DEVICE_ID) {
			fail("deviceId", "deviceId.too-long", "The device id is at most " + MAX_DEVICE_ID + " characters.");
		}
		String mediaUrl = mediaUrl(concern.mediaUrl());
		if (concern.anonymous() && concern.accountId() != null) {
			fail("anonymous", "anonymous.with-account", "An anonymous concern is not linked to an account.");
		}
		if (!this.errors.isEmpty()) {
			throw InvalidConcern.because(this.errors);
		}
		String locale = "es".equalsIgnoreCase(plain(concern.locale())) ? "es" : "en";
		return new Validated(category.code(), description, location, photo, concern.anonymous() ? null : contact,
				concern.anonymous() ? null : concern.accountId(), concern.anonymous() ? null : deviceId, attributes,
				locale, mediaUrl);
	}

	private ConcernCategory category(String code, CategoryCatalog categories) {
		String value = plain(code);
		if (value == null) {
			fail("category", "category.required", "Choose what kind of concern it is.");
			return null;
		}
		Optional<ConcernCategory> category = categories.find(value.toLowerCase(Locale.ROOT), Locale.ENGLISH);
		if (category.isEmpty()) {
			fail("category", "category.unknown", "There is no concern category '" + shorten(value) + "'.");
			return null;
		}
		return category.get();
	}

	private String description(String text) {
		String value = plain(text);
		if (value == null) {
			fail("description", "description.required", "Describe the concern.");
		}
		else if (value.codePointCount(0, value.length()) < MIN_DESCRIPTION) {
			fail("description", "description.too-short",
					"Describe the concern in at least " + MIN_DESCRIPTION + " characters.");
		}
		else if (value.codePointCount(0, value.length()) > MAX_DESCRIPTION) {
			fail("description", "description.too-long",
					"The description is at most " + MAX_DESCRIPTION + " characters.");
		}
		return value;
	}

	private Map<String, String> attributes(ConcernCategory category, Map<String, String> given) {
		Map<String, String> answers = new LinkedHashMap<>();
		for (String code : given.keySet()) {
			if (category.attributes().stream().noneMatch((attribute) -> attribute.code().equals(code))) {
				fail("attribute." + shorten(code), "attribute.unknown",
						"Category '" + category.code() + "' has no attribute '" + shorten(code) + "'.");
			}
		}
		for (CategoryAttribute attribute : category.attributes()) {
			String field = "attribute." + attribute.code();
			String value = plain(given.get(attribute.code()));
			if (value == null) {
				if (attribute.required()) {
					fail(field, "attribute.required", "Answer '" + attribute.name() + "'.");
				}
				continue;
			}
			if (value.length() > MAX_ATTRIBUTE) {
				fail(field, "attribute.too-long",
						"'" + attribute.name() + "' is at most " + MAX_ATTRIBUTE + " characters.");
				continue;
			}
			if (!answers(attribute, value)) {
				fail(field, "attribute.invalid", "'" + shorten(value) + "' is not an answer to '" + attribute.name()
						+ "'" + choices(attribute) + ".");
				continue;
			}
			answers.put(attribute.code(), value);
		}
		return answers;
	}

	private static boolean answers(CategoryAttribute attribute, String value) {
		switch (attribute.datatype()) {
			case NUMBER:
				try {
					Double.parseDouble(value);
					return true;
				}
				catch (NumberFormatException ex) {
					return false;
				}
			case DATETIME:
				try {
					OffsetDateTime.parse(value);
					return true;
				}
				catch (DateTimeParseException ex) {
					return false;
				}
			case SINGLEVALUELIST:
				return isChoice(attribute, value);
			case MULTIVALUELIST:
				for (String key : value.split(",")) {
					if (!isChoice(attribute, key.strip())) {
						return false;
					}
				}
				return true;
			default:
				return true;
		}
	}

	private static boolean isChoice(CategoryAttribute attribute, String key) {
		return attribute.values().stream().anyMatch((choice) -> choice.key().equals(key));
	}

	private static String choices(CategoryAttribute attribute) {
		if (attribute.values().isEmpty()) {
			return "";
		}
		return " (one of " + String.join(", ", attribute.values().stream().map(CategoryAttribute.Choice::key).toList())
				+ ")";
	}

	private Location location(NewConcern concern, Beats beats, BlockLocations blocks) {
		Double latitude = concern.latitude();
		Double longitude = concern.longitude();
		String address = plain(concern.address());
		if (latitude != null || longitude != null) {
			boolean valid = true;
			if (latitude == null || !(latitude >= -90 && latitude <= 90)) {
				fail("latitude", "latitude.invalid", "The latitude must be a number from -90 to 90.");
				valid = false;
			}
			if (longitude == null || !(longitude >= -180 && longitude <= 180)) {
				fail("longitude", "longitude.invalid", "The longitude must be a number from -180 to 180.");
				valid = false;
			}
			if (!valid) {
				return null;
			}
			Optional<BeatLocation> beat = beats.locate(latitude, longitude);
			if (beat.isEmpty()) {
				fail("location", "location.outside-city", "The location is not in Chicago.");
				return null;
			}
			String block = blocks.nearest(latitude, longitude).map(BlockLocations.BlockPoint::block).orElse(null);
			return new Location(latitude, longitude, block, beat.get());
		}
		if (address == null) {
			fail("location", "location.required", "Choose the location on the map or type a block address.");
			return null;
		}
		if (address.length() > MAX_ADDRESS) {
			fail("address", "address.too-long", "The address is at most " + MAX_ADDRESS + " characters.");
			return null;
		}
		Optional<BlockLocations.BlockPoint> block = blocks.locate(address);
		if (block.isEmpty()) {
			fail("address", "address.unknown", "'" + shorten(address)
					+ "' is not a Chicago block we know. Type a house number and street, such as 1800 W Fargo Ave, or choose the place on the map.");
			return null;
		}
		Optional<BeatLocation> beat = beats.locate(block.get().latitude(), block.get().longitude());
		if (beat.isEmpty()) {
			fail("address", "address.unknown", "'" + shorten(address) + "' is not in Chicago.");
			return null;
		}
		return new Location(block.get().latitude(), block.get().longitude(), block.get().block(), beat.get());
	}

	private ConcernPhoto photo(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			return null;
		}
		PhotoCleaner.Result result = PhotoCleaner.clean(bytes);
		if (result.error() != null) {
			this.errors.add(result.error());
		}
		return result.photo();
	}

	private Contact contact(NewConcern concern) {
		Contact contact = concern.contact();
		String name = plain(contact.name());
		String email = plain(contact.email());
		String phone = plain(contact.phone());
		if (concern.anonymous()) {
			if (name != null || email != null || phone != null) {
				fail("anonymous", "anonymous.with-contact",
						"An anonymous concern has no contact details: leave them empty, or do not report anonymously.");
			}
			return null;
		}
		if (name != null && name.length() > MAX_NAME) {
			fail("contactName", "contactName.too-long", "The name is at most " + MAX_NAME + " characters.");
		}
		if (email != null && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
			fail("contactEmail", "contactEmail.invalid", "Enter an email address such as name@example.com.");
		}
		if (phone != null && (!PHONE.matcher(phone).matches() || phone.replaceAll("\\D", "").length() < 7)) {
			fail("contactPhone", "contactPhone.invalid", "Enter a phone number such as 312-555-0100.");
		}
		return new Contact(name, email, phone);
	}

	/**
	 * Text as stored: control characters removed, line breaks unified, trimmed; null when
	 * nothing is left.
	 */
	static String plain(String text) {
		if (text == null) {
			return null;
		}
		String value = CONTROL.matcher(text.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("").strip();
		return value.isEmpty() ? null : value;
	}

	private static String shorten(String value) {
		return (value.length() > 40) ? value.substring(0, 40) + "…" : value;
	}

	/**
	 * An absolute http(s) URL with a host and without user name or password (which can
	 * disguise where a link goes); never fetched (decision 0708).
	 */
	private String mediaUrl(String text) {
		String value = plain(text);
		if (value == null) {
			return null;
		}
		if (value.length() > MAX_MEDIA_URL) {
			fail("mediaUrl", "mediaUrl.too-long", "The media URL is at most " + MAX_MEDIA_URL + " characters.");
			return null;
		}
		try {
			URI uri = new URI(value);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if (uri.isAbsolute() && (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
					&& !uri.getHost().isBlank() && uri.getRawUserInfo() == null) {
				return value;
			}
		}
		catch (URISyntaxException ex) {
			// reported below
		}
		fail("mediaUrl", "mediaUrl.invalid",
				"The media URL must be an absolute http or https URL with a host name, such as https://example.org/photo.jpg.");
		return null;
	}

	private void fail(String field, String code, String message) {
		this.errors.add(new FieldError(field, "concerns.error." + code, message));
	}

	record Location(double latitude, double longitude, String block, BeatLocation beat) {

	}

	record Validated(String category, String description, Location location, ConcernPhoto photo, Contact contact,
			Long accountId, String deviceId, Map<String, String> attributes, String locale, String mediaUrl) {

	}

}
