package org.beatbridge;

import org.beatbridge.cli.CliConsole;
import org.beatbridge.cli.CommandLauncher;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * BeatBridge: community policing where residents and beat officers work as partners.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BeatBridgeApplication {

	/**
	 * Starts the server, or, when the first argument is a command ({@code create-user},
	 * {@code help}, ...), runs that command and exits.
	 */
	public static void main(String[] args) {
		if (CommandLauncher.isCommand(args)) {
			System.exit(CommandLauncher.launch(BeatBridgeApplication.class, args, CliConsole.system()));
		}
		SpringApplication.run(BeatBridgeApplication.class, args);
	}

}
