package org.beatbridge.concerns.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.beatbridge.concerns.ConcernId;
import org.beatbridge.concerns.ConcernSettings;
import org.beatbridge.shared.ratelimit.KeyedHashes;

import org.springframework.stereotype.Component;

/**
 * Tracking keys for emails (decision 0706): the tracking token is stored only as a hash,
 * so a notice cannot repeat it. Each notice carries {@code id.expiry.signature} instead,
 * signed with the keyed hash of the concern and the expiry; nothing is stored, every node
 * can check it, and it stops working after {@code emailLinkValidity}.
 */
@Component
class EmailTrackingLinks {

	private static final Pattern FORMAT = Pattern.compile("(\\d{1,18})\\.(\\d{1,12})\\.([A-Za-z0-9_-]{43})");

	private final KeyedHashes hashes;

	private final ConcernSettings settings;

	private final Clock clock;

	EmailTrackingLinks(KeyedHashes hashes, ConcernSettings settings) {
		this.hashes = hashes;
		this.settings = settings;
		this.clock = Clock.systemUTC();
	}

	/** A fresh key for a notice sent now, valid for the configured time. */
	String issue(ConcernId id) {
		long until = this.clock.instant().plus(this.settings.emailLinkValidity()).getEpochSecond();
		return id.value() + "." + until + "." + signature(id.value(), until);
	}

	/** The concern of a well-signed key that is still valid. */
	Optional<ConcernId> valid(String key) {
		return signed(key).filter((link) -> !link.expired(this.clock.instant())).map(SignedKey::id);
	}

	/** The concern of a well-signed key whose time is over. */
	Optional<ConcernId> expired(String key) {
		return signed(key).filter((link) -> link.expired(this.clock.instant())).map(SignedKey::id);
	}

	private Optional<SignedKey> signed(String key) {
		if (key == null) {
			return Optional.empty();
		}
		Matcher matcher = FORMAT.matcher(key);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		long id = Long.parseLong(matcher.group(1));
		long until = Long.parseLong(matcher.group(2));
		byte[] expected = signature(id, until).getBytes(StandardCharsets.US_ASCII);
		// constant time: a mismatch must not tell how many characters were right
		if (!MessageDigest.isEqual(expected, matcher.group(3).getBytes(StandardCharsets.US_ASCII))) {
			return Optional.empty();
		}
		return Optional.of(new SignedKey(new ConcernId(id), Instant.ofEpochSecond(until)));
	}

	private String signature(long id, long until) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(this.hashes.hash("email-tracking-link", id + "." + until));
	}

	private record SignedKey(ConcernId id, Instant until) {

		boolean expired(Instant now) {
			return !now.isBefore(this.until);
		}

	}

}
