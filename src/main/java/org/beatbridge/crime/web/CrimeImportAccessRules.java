package org.beatbridge.crime.web;

import org.beatbridge.identity.AccessRules;
import org.beatbridge.identity.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Importing the city's crime data changes every beat's numbers and upticks:
 * administrators only (decision 0451).
 */
@Configuration(proxyBeanMethods = false)
class CrimeImportAccessRules {

	@Bean
	AccessRules crimeImportRules() {
		return new AccessRules() {
			@Override
			public void api(
					AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
				requests.requestMatchers("/api/v1/crime/imports", "/api/v1/crime/imports/**")
					.hasRole(Role.ADMIN.name());
			}
		};
	}

}
