package org.beatbridge.open311.web;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Open311 is a public, stateless API for third-party apps: no session, no cookie, so no
 * CSRF token; reporting proves itself with an {@code api_key} the controller checks. Its
 * own chain, ahead of identity's, keeps the page chain's sign-in and CSRF away from it
 * (decision 0752).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class Open311Security {

	@Bean
	@Order(0)
	SecurityFilterChain open311FilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/open311/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.securityContext((context) -> context.requireExplicitSave(true))
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.anonymous(AbstractHttpConfigurer::disable)
			.cors((cors) -> cors.configurationSource(corsForAnyOrigin()))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
		return http.build();
	}

	/**
	 * Web apps of other origins may call it; no credentials travel, so any origin is
	 * safe.
	 */
	private static UrlBasedCorsConfigurationSource corsForAnyOrigin() {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOrigins(List.of("*"));
		cors.setAllowedMethods(List.of("GET", "POST"));
		cors.setAllowedHeaders(List.of("Content-Type", "Accept", "Accept-Language"));
		cors.setAllowCredentials(false);
		cors.setMaxAge(3600L);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/open311/**", cors);
		return source;
	}

}
