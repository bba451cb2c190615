package org.beatbridge.shared.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Builds RFC 9457 problem details with BeatBridge's problem type URIs, so every module
 * reports errors the same way.
 */
public final class ApiProblems {

	private static final String TYPE_BASE = "https://beatbridge.org/problems/";

	private ApiProblems() {
	}

	public static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + type));
		problem.setTitle(title);
		return problem;
	}

	public static ProblemDetail invalidParameter(String parameter, String detail) {
		ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", detail);
		problem.setProperty("parameter", parameter);
		return problem;
	}

}
