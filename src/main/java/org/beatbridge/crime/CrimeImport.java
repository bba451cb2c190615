package org.beatbridge.crime;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

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
	 * Imports several files in a row, each all or nothing in a transaction of its own
	 * like {@link #importFrom(InputStream, ImportProgress)}. While one file's counts are
	 * stored and committed, the next is already being read (decision 0414). The upticks
	 * of the beats they changed are only noted, in each file's transaction, to be
	 * recomputed by {@link #refreshPendingUpticks} once after the last file; noted
	 * upticks are also recomputed by the next import or within a minute.
	 * @param sources the files, imported in this order
	 * @param listener told how each file comes along
	 * @throws CrimeImportFailed for the first file that fails (the number of
	 * {@link ImportListener#imported} calls before it tells which): the files before it
	 * stay imported, the ones after it are not imported
	 */
	void importInRow(List<ImportSource> sources, ImportListener listener);

	/**
	 * Recomputes the upticks that imports left to do.
	 * @return the upticks that are new
	 */
	int refreshPendingUpticks();

}
