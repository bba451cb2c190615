package org.beatbridge.identity.domain;

import java.time.Duration;
import java.util.Locale;

import org.beatbridge.identity.IdentitySettings;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private final PasswordPolicy policy = policy();

	private static PasswordPolicy policy() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/identity");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new PasswordPolicy(messages, new IdentitySettings(12, 5, Duration.ofMinutes(15), Duration.ofHours(8)));
	}

	@Test
	void acceptsAPassphraseOfUnrelatedWords() {
		assertThat(this.policy.problemWith("lantern orbit tamale gravel", Locale.ENGLISH, "maria@example.com"))
			.isEmpty();
	}

	@Test
	void refusesAPasswordShorterThanTwelveCharacters() {
		assertThat(this.policy.problemWith("Xq7!vP2#", Locale.ENGLISH))
			.hasValueSatisfying(problem -> assertThat(problem).contains("at least 12 characters"));
	}

	@Test
	void refusesAPasswordLongerThanSixtyFourCharacters() {
		assertThat(this.policy.problemWith("w".repeat(30) + "q".repeat(35), Locale.ENGLISH))
			.hasValueSatisfying(problem -> assertThat(problem).contains("at most 64"));
	}

	@Test
	void refusesACommonPasswordAndSaysWhy() {
		assertThat(this.policy.problemWith("password1234", Locale.ENGLISH))
			.hasValueSatisfying(problem -> assertThat(problem).startsWith("This password is too easy to guess.")
				.hasSizeGreaterThan("This password is too easy to guess.".length()));
	}

	@Test
	void refusesAKeyboardPattern() {
		assertThat(this.policy.problemWith("qwertyuiopasdf", Locale.ENGLISH)).isPresent();
	}

	@Test
	void refusesThePasswordContainingTheSiteName() {
		assertThat(this.policy.problemWith("MyBeatBridge-lantern-orbit", Locale.ENGLISH))
			.hasValueSatisfying(problem -> assertThat(problem).contains("name of this site"));
	}

	@Test
	void refusesAPasswordContainingTheEmail() {
		assertThat(this.policy.problemWith("rosalinda lantern orbit", Locale.ENGLISH, "rosalinda@example.com"))
			.hasValueSatisfying(problem -> assertThat(problem).contains("your email, username or name"));
	}

	@Test
	void explainsInSpanish() {
		assertThat(this.policy.problemWith("password1234", Locale.forLanguageTag("es")))
			.hasValueSatisfying(problem -> assertThat(problem).startsWith("Esta contraseña es demasiado fácil"));
	}

}
