package org.beatbridge.notifications.web;

import java.util.List;

import org.beatbridge.identity.AccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * The inbox is personal; unsubscribe links work for anyone holding one, and their RFC
 * 8058 one-click POST comes from a mail provider without a session or CSRF token
 * (decision 0803).
 */
@Configuration(proxyBeanMethods = false)
class NotificationAccessRules {

	@Bean
	AccessRules notificationRules() {
		return new AccessRules() {
			@Override
			public void pages(
					AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
				requests.requestMatchers("/inbox", "/inbox/**").authenticated();
			}

			@Override
			public List<String> postsWithoutCsrfToken() {
				return List.of(UnsubscribeController.ONE_CLICK);
			}
		};
	}

}
