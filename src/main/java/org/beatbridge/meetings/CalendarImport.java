package org.beatbridge.meetings;

import java.io.InputStream;

/**
 * Loads the CPD community calendar JSON (the array its calendar API serves) into the
 * schedule. Running it again with the same or a newer file updates events instead of
 * duplicating them.
 */
public interface CalendarImport {

	/**
	 * Imports all events of the file in one transaction.
	 * @throws InvalidCalendar when the file is not such a JSON array or an event lacks
	 * its district or start; nothing is changed then
	 */
	CalendarImportSummary importCalendar(InputStream json);

}
