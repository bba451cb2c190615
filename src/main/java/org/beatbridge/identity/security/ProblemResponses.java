package org.beatbridge.identity.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * RFC 9457 problem details for security errors of the API, which happen in filters before
 * any controller (and its exception handler) is reached.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private static final String TYPE_BASE = "https://beatbridge.org/problems/";

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		unauthorized(request, response, "Bearer",
				"Sign in: send 'Authorization: Bearer <token>' " + "with a token from POST /api/v1/auth/token.");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		write(request, response, 403, "forbidden", "Forbidden", "Your account's role does not allow this request.");
	}

	static void invalidToken(HttpServletRequest request, HttpServletResponse response) throws IOException {
		unauthorized(request, response, "Bearer error=\"invalid_token\"",
				"The bearer token is unknown, expired or revoked. Request a new one.");
	}

	private static void unauthorized(HttpServletRequest request, HttpServletResponse response, String challenge,
			String detail) throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
		write(request, response, 401, "unauthorized", "Unauthorized", detail);
	}

	private static void write(HttpServletRequest request, HttpServletResponse response, int status, String type,
			String title, String detail) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"" + TYPE_BASE + type + "\",\"title\":\"" + title + "\",\"status\":" + status
					+ ",\"detail\":\"" + detail + "\",\"instance\":\"" + json(request.getRequestURI()) + "\"}");
	}

	private static String json(String text) {
		StringBuilder escaped = new StringBuilder();
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				escaped.append('\\').append(c);
			}
			else if (c < 0x20) {
				escaped.append(String.format("\\u%04x", (int) c));
			}
			else {
				escaped.append(c);
			}
		}
		return escaped.toString();
	}

}
