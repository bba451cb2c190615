package org.beatbridge.cli;

import org.beatbridge.BeatBridgeApplication;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLauncherTests {

	@Test
	void startsTheServerWithoutArgumentsOrWithOptionsOnly() {
		assertThat(CommandLauncher.isCommand(new String[0])).isFalse();
		assertThat(CommandLauncher.isCommand(new String[] { "--server.port=9000" })).isFalse();
		assertThat(CommandLauncher.isCommand(new String[] { "create-user" })).isTrue();
	}

	@Test
	void helpListsTheCommands() {
		CliRun run = launch("", "help");
		assertThat(run.status()).isZero();
		assertThat(run.out()).contains("create-user").contains("--username U --role R");
	}

	@Test
	void anUnknownCommandPrintsTheUsageAndFails() {
		CliRun run = launch("", "frobnicate");
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err()).startsWith("Unknown command 'frobnicate'.").contains("create-user");
	}

	@Test
	void runsACommandInItsOwnApplicationWithoutAWebServer() {
		CliRun run = launch("lantern orbit tamale gravel\n", "create-user", "--username", "first-officer", "--role",
				"OFFICER", "--beats", "1713");
		assertThat(run.status()).as(run.err()).isZero();
		assertThat(run.out()).startsWith("Created account 'first-officer'");
	}

	private static CliRun launch(String stdin, String... args) {
		return CliRun.of(stdin, console -> CommandLauncher.launch(BeatBridgeApplication.class, args, console));
	}

}
