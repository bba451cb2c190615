package org.beatbridge.meetings.web;

import org.beatbridge.identity.AccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * The schedule is public: anyone may read it and subscribe to its feeds.
 */
@Configuration(proxyBeanMethods = false)
class MeetingAccessRules {

	@Bean
	AccessRules meetingRules() {
		return new AccessRules() {
			@Override
			public void api(
					AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
				requests.requestMatchers(HttpMethod.GET, "/api/v1/meetings", "/api/v1/meetings/**").permitAll();
			}
		};
	}

}
