package org.beatbridge.problems.web;

import org.beatbridge.identity.AccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Officers, supervisors and coordinators work cases; what the city is working on, per
 * beat and district, is public (without personal data).
 */
@Configuration(proxyBeanMethods = false)
class ProblemAccessRules {

	static final String[] STAFF = { "OFFICER", "SUPERVISOR", "COORDINATOR" };

	@Bean
	AccessRules problemRules() {
		return new AccessRules() {
			@Override
			public void api(
					AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
				requests.requestMatchers(HttpMethod.GET, "/api/v1/beats/*/problems/overdue-actions").permitAll();
				requests.requestMatchers(HttpMethod.GET, "/api/v1/problems/*/concerns").permitAll();
				requests.requestMatchers("/api/v1/problems", "/api/v1/problems/**").hasAnyRole(STAFF);
			}

			@Override
			public void pages(
					AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
				requests.requestMatchers("/problems", "/problems/**").hasAnyRole(STAFF);
			}
		};
	}

}
