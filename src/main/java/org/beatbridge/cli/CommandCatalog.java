package org.beatbridge.cli;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The known commands, read from the {@link CliCommand.Command} annotations of this
 * package without starting the application, so {@code help} and typos answer at once.
 */
final class CommandCatalog {

	record Entry(String name, String usage, String summary, String className) {

	}

	private final Map<String, Entry> entries;

	private CommandCatalog(Map<String, Entry> entries) {
		this.entries = entries;
	}

	static CommandCatalog scan() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(CliCommand.Command.class));
		Map<String, Entry> entries = new TreeMap<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents(CommandCatalog.class.getPackageName())) {
			Map<String, Object> command = ((AnnotatedBeanDefinition) candidate).getMetadata()
				.getAnnotationAttributes(CliCommand.Command.class.getName());
			String name = (String) command.get("name");
			entries.put(name, new Entry(name, (String) command.get("usage"), (String) command.get("summary"),
					candidate.getBeanClassName()));
		}
		return new CommandCatalog(entries);
	}

	Optional<Entry> find(String name) {
		return Optional.ofNullable(this.entries.get(name));
	}

	String usage() {
		StringBuilder usage = new StringBuilder("Usage: java -jar beatbridge.jar [command [options]]\n")
			.append("Without a command, starts the BeatBridge server.\n\nCommands:\n");
		usage.append(String.format("  %-18s %s%n", "help", "Show this list."));
		for (Entry entry : this.entries.values()) {
			usage.append(String.format("  %-18s %s%n", entry.name(), entry.summary()));
			if (!entry.usage().isEmpty()) {
				usage.append(String.format("  %-18s   %s %s%n", "", entry.name(), entry.usage()));
			}
		}
		return usage.toString();
	}

}
