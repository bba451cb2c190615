package org.beatbridge.geography.domain;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * On first start, with no boundaries in the database, loads Chicago's, so a fresh
 * installation can locate beats at once. Runs before the samples of other modules, which
 * need the beats.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@Order(0)
class DefaultBoundaries implements ApplicationRunner {

	private final CityGeography geography;

	private final GeographySettings settings;

	DefaultBoundaries(CityGeography geography, GeographySettings settings) {
		this.geography = geography;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.settings.loadChicagoWhenEmpty()) {
			this.geography.loadChicagoIfEmpty();
		}
	}

}
