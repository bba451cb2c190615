package org.beatbridge.open311.web;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Writes a response body built of maps (objects, keys in order), lists and plain values
 * as JSON or as GeoReport v2's XML, where a list's elements are named after the list
 * ({@code <services><service>..}). One tree for both formats keeps them from drifting
 * apart.
 */
@Component
class Open311Writer {

	private static final Map<String, String> ITEM_NAMES = Map.of("services", "service", "service_requests", "request",
			"attributes", "attribute", "values", "value", "endpoints", "endpoint", "formats", "format", "errors",
			"error");

	private static final XMLOutputFactory XML_OUTPUT = XMLOutputFactory.newFactory();

	private final JsonMapper json;

	Open311Writer(JsonMapper json) {
		this.json = json;
	}

	ResponseEntity<String> ok(Open311Format format, String root, Object body) {
		return respond(HttpStatus.OK, format, root, body);
	}

	ResponseEntity<String> error(Open311Error error) {
		List<Object> errors = error.descriptions()
			.stream()
			.map((description) -> (Object) Map.of("code", error.status().value(), "description", description))
			.toList();
		ResponseEntity.BodyBuilder builder = ResponseEntity.status(error.status())
			.contentType(error.format().mediaType());
		if (error.retryAfter() != null) {
			builder.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, error.retryAfter().toSeconds())));
		}
		return builder.body(write(error.format(), "errors", errors));
	}

	private ResponseEntity<String> respond(HttpStatus status, Open311Format format, String root, Object body) {
		return ResponseEntity.status(status).contentType(format.mediaType()).body(write(format, root, body));
	}

	String write(Open311Format format, String root, Object body) {
		if (format == Open311Format.JSON) {
			return this.json.writeValueAsString(body);
		}
		try {
			StringWriter out = new StringWriter();
			XMLStreamWriter xml = XML_OUTPUT.createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			element(xml, root, body);
			xml.writeEndDocument();
			xml.close();
			return out.toString();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Writing XML to a string cannot fail", ex);
		}
	}

	private static void element(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
		if (value == null) {
			xml.writeEmptyElement(name);
			return;
		}
		xml.writeStartElement(name);
		if (value instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				element(xml, String.valueOf(entry.getKey()), entry.getValue());
			}
		}
		else if (value instanceof List<?> list) {
			String itemName = ITEM_NAMES.getOrDefault(name, "item");
			for (Object item : list) {
				element(xml, itemName, item);
			}
		}
		else {
			xml.writeCharacters(xmlSafe(String.valueOf(value)));
		}
		xml.writeEndElement();
	}

	/** XML 1.0 cannot carry most control characters, even escaped. */
	private static String xmlSafe(String text) {
		StringBuilder safe = new StringBuilder(text.length());
		text.codePoints().forEach((c) -> {
			if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
					|| c >= 0x10000) {
				safe.appendCodePoint(c);
			}
		});
		return safe.toString();
	}

}
