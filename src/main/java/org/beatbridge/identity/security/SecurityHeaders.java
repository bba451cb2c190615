package org.beatbridge.identity.security;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The headers every response carries. The Content-Security-Policy allows no inline script
 * anywhere; images may also come from the map tile server when one is configured.
 */
final class SecurityHeaders {

	private static final Pattern ORIGIN = Pattern.compile("^(https?://[^/]+)");

	private static final Pattern SAFE_ORIGIN = Pattern.compile("https?://[A-Za-z0-9.*-]+(:[0-9]+)?");

	private final String imageSources;

	private SecurityHeaders(String imageSources) {
		this.imageSources = imageSources;
	}

	/**
	 * @param tilesUrl the map tile URL template ({@code beatbridge.map.tiles-url}), or
	 * blank
	 */
	static SecurityHeaders forTiles(String tilesUrl) {
		String images = "'self' data:";
		if (tilesUrl != null && !tilesUrl.isBlank()) {
			images += " " + origin(tilesUrl.trim());
		}
		return new SecurityHeaders(images);
	}

	/**
	 * {@code https://{s}.tile.example.org/{z}/{x}/{y}.png} becomes
	 * {@code https://*.tile.example.org}.
	 */
	static String origin(String tilesUrl) {
		Matcher matcher = ORIGIN.matcher(tilesUrl);
		String origin = matcher.find() ? matcher.group(1).replaceAll("\\{[a-z]}", "*") : "";
		if (!SAFE_ORIGIN.matcher(origin).matches()) {
			throw new IllegalStateException("beatbridge.map.tiles-url must be an http(s) URL such as "
					+ "https://tile.openstreetmap.org/{z}/{x}/{y}.png, was: " + tilesUrl);
		}
		return origin;
	}

	String policy(String styleSources) {
		return "default-src 'self'; script-src 'self'; style-src " + styleSources + "; img-src " + this.imageSources
				+ "; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";
	}

	/** Pages and the API: styles from our own files only. */
	void apply(HeadersConfigurer<HttpSecurity> headers) {
		apply(headers, "'self'");
	}

	/**
	 * Swagger UI sets inline styles; it is a developer page without user data, so only
	 * there styles (never scripts) may be inline (decision 0204).
	 */
	void applyForApiDocs(HeadersConfigurer<HttpSecurity> headers) {
		apply(headers, "'self' 'unsafe-inline'");
	}

	private void apply(HeadersConfigurer<HttpSecurity> headers, String styleSources) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy(styleSources)))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
			.contentTypeOptions(nosniff -> {
			})
			.permissionsPolicyHeader(permissions -> permissions.policy("geolocation=(self), camera=(), microphone=()"));
	}

}
