package org.beatbridge.cli;

import java.util.List;

import org.beatbridge.identity.Accounts;
import org.beatbridge.identity.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class CreateUserCommandTests {

	private static final String PASSWORD = "lantern orbit tamale gravel\n";

	@Autowired
	ApplicationContext context;

	@Autowired
	Accounts accounts;

	@Test
	void createsAnOfficerWithHisBeatsReadingThePasswordFromStandardInput() {
		CliRun run = run(PASSWORD, "create-user", "--username", "jdiaz", "--role", "officer", "--name", "J. Diaz",
				"--star", "4471", "--district", "17", "--beats", "1713,1714");
		assertThat(run.status()).as(run.err()).isZero();
		assertThat(run.out()).contains("Created account 'jdiaz'").contains("[OFFICER]").contains("[1713, 1714]");
		assertThat(this.accounts.findByUsername("JDIAZ")).hasValueSatisfying(account -> {
			assertThat(account.roles()).containsExactly(Role.OFFICER);
			assertThat(account.officer().beats()).containsExactly("1713", "1714");
			assertThat(account.officer().district()).isEqualTo(17);
		});
	}

	@Test
	void createsACoordinatorWithTwoRoles() {
		CliRun run = run(PASSWORD, "create-user", "--username=mlopez", "--role=COORDINATOR,ADMIN",
				"--email=mlopez@example.org");
		assertThat(run.status()).as(run.err()).isZero();
		assertThat(this.accounts.findByUsername("mlopez").orElseThrow().roles())
			.containsExactlyInAnyOrder(Role.COORDINATOR, Role.ADMIN);
	}

	@Test
	void refusesAWeakPasswordWithOneLineSayingWhy() {
		CliRun run = run("password1234\n", "create-user", "--username", "weakling", "--role", "COORDINATOR");
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).startsWith("error: This password is too easy to guess.").doesNotContain("\tat ");
		assertThat(run.err().lines()).hasSize(1);
		assertThat(this.accounts.findByUsername("weakling")).isEmpty();
	}

	@Test
	void refusesATakenUsername() {
		assertThat(run(PASSWORD, "create-user", "--username", "twin", "--role", "RESIDENT").status()).isZero();
		CliRun again = run("velvet compass harbor\n", "create-user", "--username", "TWIN", "--role", "RESIDENT");
		assertThat(again.status()).isEqualTo(1);
		assertThat(again.err()).contains("already exists");
	}

	@Test
	void refusesAnUnknownRole() {
		CliRun run = run(PASSWORD, "create-user", "--username", "chief", "--role", "CHIEF");
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).contains("Unknown role 'CHIEF'");
	}

	@Test
	void refusesABeatThatIsNotFourDigits() {
		CliRun run = run(PASSWORD, "create-user", "--username", "badbeat", "--role", "OFFICER", "--beats", "171");
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).contains("A beat is a 4-digit number");
	}

	@Test
	void refusesABeatOutsideTheOfficersDistrict() {
		CliRun run = run(PASSWORD, "create-user", "--username", "farbeat", "--role", "OFFICER", "--district", "17",
				"--beats", "1713,2533");
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).contains("Beat 2533 is not in district 17");
	}

	@Test
	void saysWhichOptionIsMissingOrUnknown() {
		CliRun missing = run(PASSWORD, "create-user", "--role", "OFFICER");
		assertThat(missing.status()).isEqualTo(2);
		assertThat(missing.err()).contains("Option --username is required.");
		CliRun unknown = run(PASSWORD, "create-user", "--username", "x1y2z3", "--role", "OFFICER", "--rank", "5");
		assertThat(unknown.status()).isEqualTo(2);
		assertThat(unknown.err()).contains("Unknown option --rank.");
	}

	private CliRun run(String stdin, String... args) {
		return CliRun.of(stdin, console -> CommandLauncher.run(this.context, List.of(args), console));
	}

}
