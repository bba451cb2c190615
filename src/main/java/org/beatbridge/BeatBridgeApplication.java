package org.beatbridge;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * BeatBridge: community policing where residents and beat officers work as partners.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BeatBridgeApplication {

	public static void main(String[] args) {
		SpringApplication.run(BeatBridgeApplication.class, args);
	}

}
