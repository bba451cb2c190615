package org.beatbridge.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.beatbridge.meetings.CalendarImport;
import org.beatbridge.meetings.CalendarImportSummary;
import org.beatbridge.meetings.InvalidCalendar;

/**
 * Loads the CPD community calendar JSON into the meeting schedule; running it again
 * updates the events instead of duplicating them.
 */
@CliCommand.Command(name = "import-calendar", usage = "FILE",
		summary = "Import the CPD community calendar JSON (beat meetings and district events).")
class ImportCalendarCommand implements CliCommand {

	private static final int SHOWN_UNPARSED = 20;

	private final CalendarImport calendar;

	ImportCalendarCommand(CalendarImport calendar) {
		this.calendar = calendar;
	}

	@Override
	public String run(CliArguments arguments, CliConsole console) {
		arguments.allow(Set.of(), 1);
		Path file = arguments.positional(0)
			.map(Path::of)
			.orElseThrow(() -> CliFailure.because("Give the calendar file: import-calendar FILE."));
		if (!Files.isRegularFile(file)) {
			throw CliFailure.because("File not found: " + file.toAbsolutePath().normalize() + ".");
		}
		CalendarImportSummary summary;
		try (InputStream in = Files.newInputStream(file)) {
			summary = this.calendar.importCalendar(in);
		}
		catch (IOException ex) {
			throw CliFailure.because("Cannot read " + file + ": " + ex.getMessage());
		}
		catch (InvalidCalendar ex) {
			throw CliFailure.because(ex.getMessage() + " Nothing was changed.");
		}
		StringBuilder out = new StringBuilder();
		out.append("Read ")
			.append(summary.events())
			.append(" events: ")
			.append(summary.beatMeetings())
			.append(" beat meetings, ")
			.append(summary.districtEvents())
			.append(" district events (")
			.append(summary.unparsed())
			.append(" beat meetings whose beats could not be read), ")
			.append(summary.duplicates())
			.append(" listed twice. ")
			.append(summary.created())
			.append(" new, ")
			.append(summary.updated())
			.append(" updated.");
		if (!summary.unknownBeats().isEmpty()) {
			out.append(System.lineSeparator())
				.append("  numbers in titles that are not beats: ")
				.append(String.join(", ", summary.unknownBeats()));
		}
		summary.unparsedTitles()
			.stream()
			.limit(SHOWN_UNPARSED)
			.forEach((title) -> out.append(System.lineSeparator()).append("  unparsed: ").append(title));
		if (summary.unparsedTitles().size() > SHOWN_UNPARSED) {
			out.append(System.lineSeparator())
				.append("  … and ")
				.append(summary.unparsedTitles().size() - SHOWN_UNPARSED)
				.append(" more");
		}
		return out.toString();
	}

}
