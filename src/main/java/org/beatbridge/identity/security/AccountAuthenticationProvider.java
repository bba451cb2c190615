package org.beatbridge.identity.security;

import org.beatbridge.identity.domain.PasswordSignIn;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Sign-in form authentication through {@link PasswordSignIn}, which throttles failures in
 * the database.
 */
final class AccountAuthenticationProvider implements AuthenticationProvider {

	private final PasswordSignIn signIn;

	AccountAuthenticationProvider(PasswordSignIn signIn) {
		this.signIn = signIn;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String password = (authentication.getCredentials() != null) ? authentication.getCredentials().toString() : "";
		return BearerTokenFilter.authentication(this.signIn.signIn(authentication.getName(), password));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
