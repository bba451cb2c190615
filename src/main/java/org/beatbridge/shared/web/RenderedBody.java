package org.beatbridge.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

/**
 * A response body rendered once and served many times (calendar feeds, Open311 lists):
 * kept plain and gzipped, with an entity tag of the data version and the bytes, so a
 * client polling with {@code If-None-Match} gets {@code 304} and one asking for gzip gets
 * it without compressing per request.
 *
 * @param body the plain bytes
 * @param gzipped the same, gzipped
 * @param etag a strong entity tag, quoted
 * @param renderedAt when it was rendered
 */
public record RenderedBody(byte[] body, byte[] gzipped, String etag, Instant renderedAt) {

	/**
	 * Renders the tag and the compressed copy of a body built from data at
	 * {@code version}.
	 */
	public static RenderedBody of(byte[] body, long version, Instant renderedAt) {
		return new RenderedBody(body, gzip(body), "\"" + version + "-" + digest(body) + "\"", renderedAt);
	}

	/** The byte size kept in memory, for caches bounded by weight. */
	public int weight() {
		return this.body.length + this.gzipped.length + 64;
	}

	/**
	 * {@code 304} when the client has this version, else the body (gzipped when the
	 * client accepts it) with its tag.
	 */
	public ResponseEntity<byte[]> respond(WebRequest request, MediaType type, CacheControl caching) {
		if (request.checkNotModified(this.etag)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(this.etag).cacheControl(caching).build();
		}
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		boolean gzip = accepted != null && accepted.toLowerCase(Locale.ROOT).contains("gzip");
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.contentType(type)
			.cacheControl(caching)
			.eTag(this.etag)
			.lastModified(this.renderedAt)
			.varyBy(HttpHeaders.ACCEPT_ENCODING);
		if (gzip) {
			return response.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(this.gzipped);
		}
		return response.body(this.body);
	}

	// Feeds and lists compress about tenfold; apps ask for gzip, so it is done once per
	// render
	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, body.length / 8));
		try (java.util.zip.GZIPOutputStream zip = new java.util.zip.GZIPOutputStream(out)) {
			zip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Writing to memory failed", ex);
		}
		return out.toByteArray();
	}

	private static String digest(byte[] body) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
			return HexFormat.of().formatHex(hash, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JVM", ex);
		}
	}

}
