package org.beatbridge.identity.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Feedback;
import me.gosimple.nbvcxz.scoring.Result;
import org.beatbridge.identity.IdentitySettings;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * NIST SP 800-63B passwords: a minimum length, a generous maximum, no composition rules,
 * and a refusal of passwords that are common, guessable or built from the person's own
 * names. Guessability is estimated by nbvcxz, whose dictionaries include lists of the
 * most used (breached) passwords.
 */
@Component
public class PasswordPolicy {

	/** NIST asks to allow at least 64 characters. */
	public static final int MAX_LENGTH = 64;

	/** bcrypt only reads 72 bytes: longer input would be silently truncated. */
	static final int MAX_BYTES = 72;

	private static final String PRODUCT_NAME = "beatbridge";

	private final Map<String, Nbvcxz> estimators = new ConcurrentHashMap<>();

	private final MessageSource messages;

	private final IdentitySettings settings;

	PasswordPolicy(MessageSource messages, IdentitySettings settings) {
		this.messages = messages;
		this.settings = settings;
	}

	/**
	 * Why {@code password} may not be used, in the language of {@code locale}; empty when
	 * it is fine.
	 * @param personalWords the username, email, name: a password may not contain them
	 */
	public Optional<String> problemWith(String password, Locale locale, String... personalWords) {
		if (password == null || password.isEmpty()) {
			return Optional.of(message("identity.password.required", locale));
		}
		int length = password.codePointCount(0, password.length());
		if (length < this.settings.minPasswordLength()) {
			return Optional.of(message("identity.password.tooShort", locale, this.settings.minPasswordLength()));
		}
		if (length > MAX_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of(message("identity.password.tooLong", locale, MAX_LENGTH));
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (lower.contains(PRODUCT_NAME)) {
			return Optional.of(message("identity.password.containsProduct", locale));
		}
		boolean personal = Arrays.stream(personalWords)
			.filter(Objects::nonNull)
			.flatMap(word -> Arrays.stream(word.toLowerCase(Locale.ROOT).split("[@.\\s_+-]+")))
			.filter(part -> part.length() >= 4)
			.anyMatch(lower::contains);
		if (personal) {
			return Optional.of(message("identity.password.containsPersonal", locale));
		}
		Result estimate = estimator(locale).estimate(password);
		if (!estimate.isMinimumEntropyMet()) {
			return Optional.of(message("identity.password.guessable", locale) + explanation(estimate.getFeedback()));
		}
		return Optional.empty();
	}

	private static String explanation(Feedback feedback) {
		StringBuilder why = new StringBuilder();
		if (feedback.getWarning() != null && !feedback.getWarning().isBlank()) {
			why.append(' ').append(sentence(feedback.getWarning()));
		}
		if (!feedback.getSuggestion().isEmpty()) {
			why.append(' ').append(sentence(feedback.getSuggestion().get(0)));
		}
		return why.toString();
	}

	private static String sentence(String text) {
		String trimmed = text.trim();
		return trimmed.endsWith(".") ? trimmed : trimmed + ".";
	}

	private Nbvcxz estimator(Locale locale) {
		String language = "es".equals(locale.getLanguage()) ? "es" : "en";
		return this.estimators.computeIfAbsent(language, key -> new Nbvcxz(
				new ConfigurationBuilder().setLocale(Locale.forLanguageTag(key)).createConfiguration()));
	}

	private String message(String code, Locale locale, Object... args) {
		return this.messages.getMessage(code, args, locale);
	}

}
