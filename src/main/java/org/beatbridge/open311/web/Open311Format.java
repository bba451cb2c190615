package org.beatbridge.open311.web;

import java.util.Locale;

import org.springframework.http.MediaType;

/**
 * The response formats GeoReport v2 names by the path's extension.
 */
enum Open311Format {

	JSON(MediaType.APPLICATION_JSON), XML(new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8));

	private final MediaType mediaType;

	Open311Format(MediaType mediaType) {
		this.mediaType = mediaType;
	}

	MediaType mediaType() {
		return this.mediaType;
	}

	/**
	 * The format an extension names.
	 * @throws Open311Error (400) for any other extension
	 */
	static Open311Format of(String extension) {
		String value = (extension != null) ? extension.toLowerCase(Locale.ROOT) : "";
		if ("json".equals(value)) {
			return JSON;
		}
		if ("xml".equals(value)) {
			return XML;
		}
		throw Open311Error.badRequest(JSON, "The response format must be json or xml.");
	}

	/**
	 * The format a path asks for, JSON when it names none: how errors are answered.
	 */
	static Open311Format ofPath(String path) {
		return (path != null && path.toLowerCase(Locale.ROOT).endsWith(".xml")) ? XML : JSON;
	}

}
