package org.beatbridge.concerns.web;

import org.beatbridge.identity.AccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Anybody may report, track, read and support concerns; "my concerns" needs an account.
 */
@Configuration(proxyBeanMethods = false)
class ConcernAccessRules {

	@Bean
	AccessRules concernRules() {
		return new AccessRules() {
			@Override
			public void api(
					AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
				// "me too" works with or without a resident's token (decision 0707)
				requests.requestMatchers(HttpMethod.POST, "/api/v1/concerns/*/me-too").permitAll();
			}

			@Override
			public void pages(
					AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
				requests.requestMatchers("/concerns/mine").authenticated();
			}
		};
	}

}
