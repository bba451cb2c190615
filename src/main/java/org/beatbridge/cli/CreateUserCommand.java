package org.beatbridge.cli;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.beatbridge.identity.AccountView;
import org.beatbridge.identity.Accounts;
import org.beatbridge.identity.NewAccount;
import org.beatbridge.identity.Role;

/**
 * Creates a staff (or any) account; the password is read from standard input so it never
 * appears in the shell history or the process list.
 */
@CliCommand.Command(name = "create-user",
		usage = "--username U --role R[,R] [--email E] [--name N] [--star S --district D --beats 1713,1714] "
				+ "(password on stdin)",
		summary = "Create an account (RESIDENT, OFFICER, SUPERVISOR, COORDINATOR or ADMIN).")
class CreateUserCommand implements CliCommand {

	private static final Set<String> OPTIONS = Set.of("username", "role", "email", "name", "star", "district", "beats");

	private final Accounts accounts;

	CreateUserCommand(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public String run(CliArguments arguments, CliConsole console) {
		arguments.allow(OPTIONS, 0);
		String username = arguments.required("username");
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream(arguments.required("role").split(",")).map(Role::parse).forEach(roles::add);
		Integer district = arguments.option("district").map(CreateUserCommand::district).orElse(null);
		List<String> beats = arguments.option("beats")
			.map(value -> Arrays.stream(value.split(",")).map(String::trim).filter(beat -> !beat.isEmpty()).toList())
			.orElse(List.of());
		String password = console.readSecret("Password for " + username + ": ");
		AccountView account = this.accounts.create(
				new NewAccount(username, arguments.option("email").orElse(null), arguments.option("name").orElse(null),
						password, roles, arguments.option("star").orElse(null), district, beats));
		StringBuilder summary = new StringBuilder("Created account '").append(account.username())
			.append("' (id ")
			.append(account.id())
			.append(") with role(s) ")
			.append(account.roles().stream().map(Role::name).sorted().toList());
		if (account.officer() != null) {
			summary.append(", district ")
				.append(account.officer().district())
				.append(", beats ")
				.append(account.officer().beats());
		}
		return summary.append('.').toString();
	}

	private static Integer district(String value) {
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			throw CliFailure.usage("--district must be a number, like 17; was '" + value + "'.");
		}
	}

}
