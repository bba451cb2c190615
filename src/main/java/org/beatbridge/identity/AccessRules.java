package org.beatbridge.identity;

import java.util.List;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * How a module adds its own access rules without touching the security configuration:
 * declare a bean implementing this interface in the module, for example
 *
 * <pre>
 * &#64;Bean
 * AccessRules meetingRules() {
 * 	return new AccessRules() {
 * 		public void api(AuthorizationManagerRequestMatcherRegistry requests) {
 * 			requests.requestMatchers(HttpMethod.GET, "/api/v1/meetings/**").permitAll();
 * 		}
 * 		public void pages(AuthorizationManagerRequestMatcherRegistry requests) {
 * 			requests.requestMatchers("/meetings/new").hasAnyRole("OFFICER", "COORDINATOR");
 * 		}
 * 	};
 * }
 * </pre>
 *
 * Rules are applied after identity's own ({@code /admin/**}, {@code /api/v1/admin/**})
 * and before the catch-all: the API denies anything not permitted
 * ({@code authenticated()}), pages are public unless a rule says otherwise.
 */
public interface AccessRules {

	/** Rules for {@code /api/**} (bearer tokens, stateless). */
	default void api(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
	}

	/** Rules for pages (session, sign-in form). */
	default void pages(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
	}

	/**
	 * Page paths (patterns such as {@code /unsubscribe/*}{@code /one-click}) that accept
	 * a POST without a CSRF token, because the request proves itself (a secret token in
	 * the path) and acts on no session. Keep it to such paths: every other form needs the
	 * token.
	 */
	default List<String> postsWithoutCsrfToken() {
		return List.of();
	}

}
