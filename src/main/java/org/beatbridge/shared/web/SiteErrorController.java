package org.beatbridge.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The last stop for every error no controller handled (unknown paths, wrong methods,
 * failures in filters): the JSON API always answers with RFC 9457 problem details, people
 * get a friendly page in the site's layout (templates {@code error/404},
 * {@code error/4xx}, {@code error/500}).
 */
@Controller
@ConditionalOnWebApplication
@RequestMapping("${server.error.path:${error.path:/error}}")
class SiteErrorController extends AbstractErrorController {

	private static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

	SiteErrorController(ErrorAttributes errorAttributes, ObjectProvider<ErrorViewResolver> errorViewResolvers) {
		super(errorAttributes, errorViewResolvers.orderedStream().toList());
	}

	@RequestMapping
	Object error(HttpServletRequest request, HttpServletResponse response) {
		// /error asked for directly is not an error of anything: there is nothing there
		HttpStatus status = (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null) ? getStatus(request)
				: HttpStatus.NOT_FOUND;
		if (isApi(request) || !acceptsHtml(request)) {
			return problem(request, status);
		}
		Map<String, Object> model = Map.of("status", status.value(), "path", originalPath(request));
		response.setStatus(status.value());
		ModelAndView view = resolveErrorView(request, response, status, model);
		return (view != null) ? view : new ModelAndView(status.is4xxClientError() ? "error/4xx" : "error/500", model);
	}

	private ResponseEntity<ProblemDetail> problem(HttpServletRequest request, HttpStatus status) {
		if (status == HttpStatus.NO_CONTENT) {
			return ResponseEntity.noContent().build();
		}
		ProblemDetail problem = ApiProblems.of(status, typeOf(status), status.getReasonPhrase(), detailOf(status));
		try {
			problem.setInstance(URI.create(originalPath(request)));
		}
		catch (IllegalArgumentException ex) {
			// a path too odd to be a URI reference is simply not echoed back
		}
		return ResponseEntity.status(status).contentType(PROBLEM_JSON).body(problem);
	}

	private static String typeOf(HttpStatus status) {
		if (status == HttpStatus.NOT_FOUND) {
			return "not-found";
		}
		if (status == HttpStatus.METHOD_NOT_ALLOWED) {
			return "method-not-allowed";
		}
		return status.is5xxServerError() ? "internal-error" : "invalid-request";
	}

	private static String detailOf(HttpStatus status) {
		if (status == HttpStatus.NOT_FOUND) {
			return "There is nothing at this address.";
		}
		if (status == HttpStatus.METHOD_NOT_ALLOWED) {
			return "This address does not accept this HTTP method.";
		}
		if (status.is5xxServerError()) {
			return "Something went wrong on our side. It has been logged.";
		}
		return "The request could not be processed.";
	}

	private static boolean isApi(HttpServletRequest request) {
		String path = originalPath(request);
		return path.equals("/api") || path.startsWith("/api/");
	}

	private static boolean acceptsHtml(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		if (accept == null || accept.isBlank()) {
			return true;
		}
		try {
			List<MediaType> types = MediaType.parseMediaTypes(accept);
			return types.stream().anyMatch(type -> type.includes(MediaType.TEXT_HTML) && !type.isWildcardType());
		}
		catch (RuntimeException ex) {
			return true;
		}
	}

	private static String originalPath(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (uri != null) ? uri.toString() : request.getRequestURI();
		String context = request.getContextPath();
		return (context != null && !context.isEmpty() && path.startsWith(context)) ? path.substring(context.length())
				: path;
	}

}
