package org.beatbridge.concerns.web;

import org.beatbridge.identity.AccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Anybody may report, track and read concerns; "my concerns" needs an account.
 */
@Configuration(proxyBeanMethods = false)
class ConcernAccessRules {

	@Bean
	AccessRules concernRules() {
		return new AccessRules() {
			@Override
			public void pages(
					AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
				requests.requestMatchers("/concerns/mine").authenticated();
			}
		};
	}

}
