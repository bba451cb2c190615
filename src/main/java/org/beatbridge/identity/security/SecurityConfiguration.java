package org.beatbridge.identity.security;

import java.util.List;
import java.util.Map;

import org.beatbridge.identity.AccessRules;
import org.beatbridge.identity.domain.ApiTokens;
import org.beatbridge.identity.domain.PasswordSignIn;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The security baseline, as three filter chains:
 * <ol>
 * <li>{@code /api/**}: stateless, bearer tokens only, problem+json for 401/403. CSRF is
 * off because no cookie authenticates there.</li>
 * <li>API docs (Swagger UI): public, inline styles allowed only there.</li>
 * <li>Pages: session in the database, sign-in form, CSRF on.</li>
 * </ol>
 * Modules add their rules with an {@link AccessRules} bean, not here.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	private static final String[] API_DOCS = { "/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs",
			"/v3/api-docs/**" };

	@Bean
	AuthenticationProvider accountAuthenticationProvider(PasswordSignIn signIn) {
		return new AccountAuthenticationProvider(signIn);
	}

	@Bean
	SecurityHeaders securityHeaders(@Value("${beatbridge.map.tiles-url:}") String tilesUrl) {
		return SecurityHeaders.forTiles(tilesUrl);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokens tokens, SecurityHeaders headers,
			List<AccessRules> rules) throws Exception {
		ProblemResponses problems = new ProblemResponses();
		http.securityMatcher("/api/**").authorizeHttpRequests(requests -> {
			requests.requestMatchers(HttpMethod.POST, "/api/v1/auth/token")
				.permitAll()
				// the geography API is public and read-only: any other method is answered
				// 405
				.requestMatchers("/api/v1/geo/**")
				.permitAll()
				.requestMatchers("/api/v1/admin/**")
				.hasRole("ADMIN");
			rules.forEach(rule -> rule.api(requests));
			requests.anyRequest().authenticated();
		})
			.addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.headers(headers::apply);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain apiDocsSecurity(HttpSecurity http, SecurityHeaders headers) throws Exception {
		http.securityMatcher(API_DOCS)
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.headers(headers::applyForApiDocs);
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain pageSecurity(HttpSecurity http, AuthenticationProvider accounts, SecurityHeaders headers,
			List<AccessRules> rules) throws Exception {
		ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
		failures.setDefaultFailureUrl("/login?error");
		failures.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
		http.authorizeHttpRequests(requests -> {
			requests.requestMatchers("/admin/**")
				.hasRole("ADMIN")
				.requestMatchers("/staff")
				.hasAnyRole("OFFICER", "SUPERVISOR", "COORDINATOR", "ADMIN")
				.requestMatchers("/account/**")
				.authenticated()
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/actuator/info")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole("ADMIN");
			rules.forEach(rule -> rule.pages(requests));
			requests.anyRequest().permitAll();
		})
			.csrf(csrf -> rules.stream()
				.flatMap(rule -> rule.postsWithoutCsrfToken().stream())
				.forEach(path -> csrf
					.ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, path))))
			.authenticationProvider(accounts)
			.formLogin(form -> form.loginPage("/login").failureHandler(failures).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.headers(headers::apply);
		return http.build();
	}

}
