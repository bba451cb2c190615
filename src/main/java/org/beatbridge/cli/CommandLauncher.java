package org.beatbridge.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Runs {@code java -jar beatbridge.jar <command> [options]}: starts the application
 * without a web server (same database: it attaches to the embedded PostgreSQL when the
 * server already runs it), runs the command, and answers with an exit status: 0 done, 1
 * failed, 2 called wrongly.
 */
public final class CommandLauncher {

	/**
	 * Quiet start, and no re-delivery of the server's pending events from this process.
	 */
	private static final String[] QUIET = { "--spring.main.banner-mode=off", "--spring.main.log-startup-info=false",
			"--logging.level.root=warn", "--logging.level.org.springframework.boot.SpringApplication=off",
			"--spring.modulith.events.republish-outstanding-events-on-restart=false" };

	private CommandLauncher() {
	}

	/**
	 * A command, not the server: the first argument is a word, not a {@code --option}.
	 */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && !args[0].startsWith("-");
	}

	/**
	 * Runs the command named by {@code args[0]} in a new application context.
	 * @param application the application class to start
	 */
	public static int launch(Class<?> application, String[] args, CliConsole console) {
		CommandCatalog catalog = CommandCatalog.scan();
		Optional<CommandCatalog.Entry> entry = catalog.find(args[0]);
		if (entry.isEmpty()) {
			boolean help = "help".equals(args[0]);
			(help ? console.out() : console.err())
				.print((help ? "" : "Unknown command '" + args[0] + "'.\n\n") + catalog.usage());
			return help ? 0 : 2;
		}
		SpringApplication spring = new SpringApplication(application);
		spring.setWebApplicationType(WebApplicationType.NONE);
		spring.setBannerMode(Banner.Mode.OFF);
		try (ConfigurableApplicationContext context = spring.run(QUIET)) {
			return run(context, List.of(args), console);
		}
		catch (RuntimeException ex) {
			console.err().println("error: could not start: " + oneLine(ex));
			return 1;
		}
	}

	/**
	 * Runs a command in an application context that is already running (the tests' one).
	 */
	static int run(ApplicationContext context, List<String> args, CliConsole console) {
		Locale previous = LocaleContextHolder.getLocale();
		// Messages of the command line are in English, whatever the machine's locale.
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		try {
			CommandCatalog.Entry entry = CommandCatalog.scan()
				.find(args.get(0))
				.orElseThrow(() -> CliFailure.usage("Unknown command '" + args.get(0) + "'."));
			CliCommand command = (CliCommand) context.getBean(Class.forName(entry.className()));
			String summary = command.run(CliArguments.parse(args.subList(1, args.size())), console);
			console.out().println(summary);
			return 0;
		}
		catch (CliFailure ex) {
			console.err().println("error: " + ex.getMessage());
			if (ex.exitStatus() == 2) {
				console.err().println("Run 'help' to see the commands and their options.");
			}
			return ex.exitStatus();
		}
		catch (ClassNotFoundException ex) {
			console.err().println("error: command class missing: " + ex.getMessage());
			return 1;
		}
		catch (RuntimeException ex) {
			// Domain exceptions (AccountRejected, ...) carry a message written for
			// people.
			String message = (ex.getMessage() != null) ? ex.getMessage() : oneLine(ex);
			console.err().println("error: " + message.replaceAll("\\s+", " ").trim());
			return 1;
		}
		finally {
			LocaleContextHolder.setLocale(previous);
		}
	}

	/** The root cause's message, on one line, without a stack trace. */
	static String oneLine(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
		return message.replaceAll("\\s+", " ").trim();
	}

}
