package org.beatbridge.crime;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Imports the Chicago Data Portal's "Crimes - 2001 to Present" CSV export, exactly as
 * published. An import is all or nothing, streams the file with bounded memory, and is
 * idempotent: the same file twice changes nothing, a later {@code Updated On} for the
 * same {@code ID} updates the incident.
 */
public interface CrimeImport {

	ImportSummary importFile(Path file);

	/**
	 * @param source the CSV, read to its end but not closed
	 * @param progress told about the rows read so far
	 */
	ImportSummary importFrom(InputStream source, ImportProgress progress);

	default ImportSummary importFrom(InputStream source) {
		return importFrom(source, ImportProgress.NONE);
	}

	/**
	 * Imports one of several files in a row: like
	 * {@link #importFrom(InputStream, ImportProgress)}, but the upticks of the beats it
	 * changed are only noted, in its transaction, to be recomputed by
	 * {@link #refreshPendingUpticks} once after the last file. Noted upticks are also
	 * recomputed by the next import or within a minute.
	 * @param source the CSV, read to its end but not closed
	 * @param progress told about the rows read so far
	 * @return what the import did; it detects no upticks itself
	 */
	ImportSummary importDeferringUpticks(InputStream source, ImportProgress progress);

	/**
	 * Recomputes the upticks that imports left to do.
	 * @return the upticks that are new
	 */
	int refreshPendingUpticks();

}
