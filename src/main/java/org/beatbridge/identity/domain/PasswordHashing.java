package org.beatbridge.identity.domain;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are hashed, for the server and the command line alike.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt today; each hash records its algorithm, so a later switch upgrades on
		// sign-in.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
