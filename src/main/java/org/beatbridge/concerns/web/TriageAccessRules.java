package org.beatbridge.concerns.web;

import org.beatbridge.identity.AccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Triage pages and API are for staff only; which district each may see is checked per
 * concern by {@code ConcernTriage} (decision 0740).
 */
@Configuration(proxyBeanMethods = false)
class TriageAccessRules {

	static final String[] STAFF = { "OFFICER", "SUPERVISOR", "COORDINATOR", "ADMIN" };

	@Bean
	AccessRules triageRules() {
		return new AccessRules() {
			@Override
			public void api(
					AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
				requests.requestMatchers("/api/v1/concerns/triage", "/api/v1/concerns/triage/**").hasAnyRole(STAFF);
			}

			@Override
			public void pages(
					AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
				requests.requestMatchers("/concerns/triage", "/concerns/triage/**").hasAnyRole(STAFF);
			}
		};
	}

}
