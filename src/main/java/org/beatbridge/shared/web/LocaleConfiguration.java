package org.beatbridge.shared.web;

import java.time.Duration;
import java.util.Collections;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Language: the {@code lang} parameter (the switch in the header) wins and is remembered
 * in a cookie; otherwise the best offered match of the browser's {@code Accept-Language}.
 * Adding a language is adding bundles and listing it in {@code beatbridge.web.languages}.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final String COOKIE = "beatbridge-lang";

	private final Languages languages;

	LocaleConfiguration(Languages languages) {
		this.languages = languages;
	}

	@Bean
	LocaleResolver localeResolver() {
		OfferedLocaleResolver resolver = new OfferedLocaleResolver(this.languages);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setDefaultLocaleFunction(this::fromAcceptLanguage);
		return resolver;
	}

	private Locale fromAcceptLanguage(HttpServletRequest request) {
		// Accept-Language lists preferences in order: the first one we offer wins
		for (Locale requested : Collections.list(request.getLocales())) {
			if (this.languages.isOffered(requested)) {
				return this.languages.closestTo(requested);
			}
		}
		return this.languages.defaultLocale();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/** Only ever remembers a language we offer, whatever the parameter or cookie says. */
	static class OfferedLocaleResolver extends CookieLocaleResolver {

		private final Languages languages;

		OfferedLocaleResolver(Languages languages) {
			super(COOKIE);
			this.languages = languages;
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			Locale locale = super.resolveLocale(request);
			return this.languages.isOffered(locale) ? this.languages.closestTo(locale) : this.languages.defaultLocale();
		}

		@Override
		public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			super.setLocale(request, response,
					(locale != null && this.languages.isOffered(locale)) ? this.languages.closestTo(locale) : null);
		}

	}

}
