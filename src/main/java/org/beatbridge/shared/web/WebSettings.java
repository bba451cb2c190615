package org.beatbridge.shared.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the web shell.
 *
 * @param languages language tags the site is offered in, the first being the default;
 * each needs its {@code i18n/*_<tag>.properties} bundles
 */
@ConfigurationProperties("beatbridge.web")
public record WebSettings(@DefaultValue( {
		"en", "es" }) List<String> languages){

	public WebSettings {
		if (languages == null || languages.isEmpty()) {
			throw new IllegalArgumentException("beatbridge.web.languages must list at least one language");
		}
		languages = List.copyOf(languages);
	}

}
