package org.beatbridge.crime.web;

import org.beatbridge.identity.AccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Weekly counts per beat and upticks are public, like the portal they come from: they are
 * aggregates, with no address and no victim.
 */
@Configuration(proxyBeanMethods = false)
class CrimeAccessRules {

	@Bean
	AccessRules crimeRules() {
		return new AccessRules() {
			@Override
			public void api(
					AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
				requests.requestMatchers(HttpMethod.GET, "/api/v1/crime/beats/*/summary", "/api/v1/crime/upticks")
					.permitAll();
			}
		};
	}

}
