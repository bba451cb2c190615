package org.beatbridge.cli;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.stereotype.Component;

/**
 * One command of the command line. To add one: write a class in this package that
 * implements this interface and is annotated with {@link Command}; the launcher finds it
 * (help lists it without starting the application).
 */
public interface CliCommand {

	/**
	 * Runs the command.
	 * @return the summary printed on success, one or a few lines
	 * @throws CliFailure (or any exception with a clear message) when it fails; the
	 * message is printed on one line, the exit status is non-zero
	 */
	String run(CliArguments arguments, CliConsole console);

	/**
	 * Names a command and says in one line what it does; also makes it a Spring bean.
	 */
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@Documented
	@Component
	@interface Command {

		/** What to type: {@code create-user}. */
		String name();

		/** The options, as shown by {@code help}. */
		String usage() default "";

		/** One line for {@code help}. */
		String summary();

	}

}
