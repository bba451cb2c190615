package org.beatbridge.open311.web;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.catalina.connector.ClientAbortException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.multipart.MultipartException;

/**
 * Every error of the Open311 endpoints in GeoReport v2's format: the specification's
 * codes for what clients get wrong, and a plain 500 in the same format (without
 * internals) for what BeatBridge gets wrong.
 */
@RestControllerAdvice(assignableTypes = Open311Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311ExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(Open311ExceptionHandler.class);

	private final Open311Writer writer;

	Open311ExceptionHandler(Open311Writer writer) {
		this.writer = writer;
	}

	@ExceptionHandler(Open311Error.class)
	ResponseEntity<String> open311(Open311Error error) {
		return this.writer.error(error);
	}

	@ExceptionHandler({ HttpMediaTypeException.class, MultipartException.class })
	ResponseEntity<String> unreadable(Exception ex, HttpServletRequest request) {
		return this.writer.error(Open311Error.badRequest(Open311Format.ofPath(request.getRequestURI()),
				"The request could not be read: send form-encoded parameters."));
	}

	/**
	 * The app hung up while its answer was written (a phone that lost its signal, a
	 * client's timeout): nothing went wrong here and nothing can be answered.
	 */
	@ExceptionHandler({ AsyncRequestNotUsableException.class, ClientAbortException.class })
	void clientGone(Exception ex, HttpServletRequest request) {
		log.debug("Open311 client hung up during {} {}: {}", request.getMethod(), request.getRequestURI(),
				ex.getMessage());
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<String> unexpected(Exception ex, HttpServletRequest request) {
		log.error("Open311 request {} {} failed", request.getMethod(), request.getRequestURI(), ex);
		return this.writer.error(Open311Error.of(HttpStatus.INTERNAL_SERVER_ERROR,
				Open311Format.ofPath(request.getRequestURI()), "The server could not answer; try again later."));
	}

}
