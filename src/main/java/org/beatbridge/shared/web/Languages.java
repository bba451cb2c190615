package org.beatbridge.shared.web;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * The languages the site is offered in, for the language switch
 * ({@code @languages.offered} in templates) and for choosing a visitor's language.
 */
@Component("languages")
public class Languages {

	private final List<Language> offered;

	Languages(WebSettings settings) {
		this.offered = settings.languages().stream().map(Language::of).toList();
	}

	public List<Language> offered() {
		return this.offered;
	}

	public Locale defaultLocale() {
		return this.offered.get(0).locale();
	}

	/** The offered language matching the requested one, else the default. */
	public Locale closestTo(Locale requested) {
		return this.offered.stream()
			.map(Language::locale)
			.filter(locale -> locale.getLanguage().equals(requested.getLanguage()))
			.findFirst()
			.orElse(defaultLocale());
	}

	public boolean isOffered(Locale locale) {
		return this.offered.stream().anyMatch(language -> language.locale().getLanguage().equals(locale.getLanguage()));
	}

	/**
	 * One language, named in itself ("Español") so a reader finds their own language
	 * whatever page language they are on.
	 */
	public record Language(Locale locale, String tag, String nativeName) {

		static Language of(String tag) {
			Locale locale = Locale.forLanguageTag(tag.trim());
			String name = locale.getDisplayLanguage(locale);
			return new Language(locale, locale.toLanguageTag(),
					name.substring(0, 1).toUpperCase(locale) + name.substring(1));
		}

	}

}
