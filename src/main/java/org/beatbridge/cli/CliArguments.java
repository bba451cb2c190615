package org.beatbridge.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments after the command name: {@code --name value} (or {@code --name=value})
 * options and plain positional values.
 */
public final class CliArguments {

	private final Map<String, String> options;

	private final List<String> positionals;

	private CliArguments(Map<String, String> options, List<String> positionals) {
		this.options = options;
		this.positionals = positionals;
	}

	public static CliArguments parse(List<String> arguments) {
		Map<String, String> options = new LinkedHashMap<>();
		List<String> positionals = new ArrayList<>();
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (!argument.startsWith("--")) {
				positionals.add(argument);
				continue;
			}
			String name = argument.substring(2);
			String value;
			int equals = name.indexOf('=');
			if (equals >= 0) {
				value = name.substring(equals + 1);
				name = name.substring(0, equals);
			}
			else if (i + 1 < arguments.size() && !arguments.get(i + 1).startsWith("--")) {
				value = arguments.get(++i);
			}
			else {
				throw CliFailure.usage("Option --" + name + " needs a value.");
			}
			if (options.put(name, value) != null) {
				throw CliFailure.usage("Option --" + name + " is given twice.");
			}
		}
		return new CliArguments(options, positionals);
	}

	/** Refuses options the command does not know, and more positionals than it takes. */
	public CliArguments allow(Set<String> optionNames, int maxPositionals) {
		for (String name : this.options.keySet()) {
			if (!optionNames.contains(name)) {
				throw CliFailure.usage("Unknown option --" + name + ".");
			}
		}
		if (this.positionals.size() > maxPositionals) {
			throw CliFailure.usage("Unexpected argument '" + this.positionals.get(maxPositionals) + "'.");
		}
		return this;
	}

	public String required(String name) {
		return option(name).orElseThrow(() -> CliFailure.usage("Option --" + name + " is required."));
	}

	public Optional<String> option(String name) {
		return Optional.ofNullable(this.options.get(name)).map(String::trim).filter(value -> !value.isEmpty());
	}

	public Optional<String> positional(int index) {
		return (index < this.positionals.size()) ? Optional.of(this.positionals.get(index)) : Optional.empty();
	}

}
