package org.beatbridge.meetings.web;

import org.beatbridge.identity.AccessRules;
import org.beatbridge.identity.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * The schedule, meeting pages, agendas and minutes are public. Preparing and running
 * meetings takes a staff role or being named the meeting's facilitator (both checked per
 * meeting by {@link Facilitation}); asking for interpretation or signing in to a meeting
 * takes an account.
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

			@Override
			public void pages(
					AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
				requests.requestMatchers("/meetings/new", "/meetings/*/edit")
					.hasAnyRole(Role.OFFICER.name(), Role.SUPERVISOR.name(), Role.COORDINATOR.name(), Role.ADMIN.name())
					// a resident named as a meeting's facilitator runs it too (checked
					// per meeting)
					.requestMatchers("/meetings/*/*/manage", "/meetings/*/*/manage/**", "/meetings/*/*/interpretation",
							"/meetings/*/*/attend")
					.authenticated();
			}
		};
	}

}
