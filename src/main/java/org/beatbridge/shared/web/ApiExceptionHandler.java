package org.beatbridge.shared.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of the JSON API ({@code /api/**}) into RFC 9457 problem details: the
 * parameter or field at fault is named, and nothing internal (a stack trace, SQL) leaks.
 */
@RestControllerAdvice(annotations = JsonApi.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(ProblemException.class)
	ResponseEntity<ProblemDetail> problem(ProblemException ex) {
		return ResponseEntity.status(ex.getProblem().getStatus()).body(ex.getProblem());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		return badRequest(ApiProblems.invalidParameter(ex.getName(),
				"Parameter '" + ex.getName() + "' has an invalid value: '" + ex.getValue() + "'."));
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex) {
		var violation = ex.getConstraintViolations().iterator().next();
		String path = violation.getPropertyPath().toString();
		String parameter = path.substring(path.lastIndexOf('.') + 1);
		return badRequest(ApiProblems.invalidParameter(parameter,
				"Parameter '" + parameter + "' " + violation.getMessage() + "."));
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<ProblemDetail> illegalArgument(IllegalArgumentException ex) {
		return badRequest(
				ApiProblems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", ex.getMessage()));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		log.error("Unexpected error in the API", ex);
		return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
			.body(ApiProblems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
					"Something went wrong on our side. It has been logged."));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ApiProblems.invalidParameter(ex.getParameterName(),
				"Parameter '" + ex.getParameterName() + "' is required.");
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
			.toList();
		ProblemDetail problem = ApiProblems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
				"Some fields are invalid.");
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var result = ex.getParameterValidationResults().get(0);
		String parameter = result.getMethodParameter().getParameterName();
		String message = result.getResolvableErrors().get(0).getDefaultMessage();
		return ResponseEntity.badRequest()
			.body(ApiProblems.invalidParameter(parameter, "Parameter '" + parameter + "' " + message + "."));
	}

	private static ResponseEntity<ProblemDetail> badRequest(ProblemDetail problem) {
		return ResponseEntity.badRequest().body(problem);
	}

}
