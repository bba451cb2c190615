package org.beatbridge.shared.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Serves our own stylesheets and scripts (content-hashed URLs) and the webjars, each on
 * its own path. Boot's default handler maps {@code /**}, which makes Thymeleaf look up
 * every link of every page (for example {@code /beats/1111}) on the class path to see
 * whether it is a static file: on the packaged jar that lookup cost more than rendering
 * the page (decision 0004).
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	private static final CacheControl HASHED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic();

	private static final CacheControl WEBJARS = CacheControl.maxAge(Duration.ofDays(7)).cachePublic();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : new String[] { "css", "js", "images" }) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(HASHED)
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(WEBJARS)
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}

}
