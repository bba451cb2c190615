package org.beatbridge.identity.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.beatbridge.identity.CurrentAccount;
import org.beatbridge.identity.Role;
import org.beatbridge.identity.domain.ApiTokens;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests carrying {@code Authorization: Bearer <token>}. A token that
 * is sent but not valid ends the request with 401 at once; a request without one goes on
 * anonymous, and the access rules decide.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final ApiTokens tokens;

	BearerTokenFilter(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			chain.doFilter(request, response);
			return;
		}
		Optional<CurrentAccount> account = this.tokens.verify(header.substring(PREFIX.length()).trim());
		if (account.isEmpty()) {
			ProblemResponses.invalidToken(request, response);
			return;
		}
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(authentication(account.get()));
		this.contexts.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.contexts.clearContext();
		}
	}

	static UsernamePasswordAuthenticationToken authentication(CurrentAccount account) {
		return UsernamePasswordAuthenticationToken.authenticated(account, null,
				account.roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList());
	}

}
