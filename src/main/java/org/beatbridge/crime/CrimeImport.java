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
	 * Imports several files in a row in one transaction: all of them or nothing, like
	 * {@link #importFrom(InputStream, ImportProgress)} for one. The weekly counts and the
	 * upticks are brought up to date once, after the last file, and the next file is read
	 * while the previous one's last rows are stored (decision 0414).
	 * @param sources the files, imported in this order
	 * @param listener told how each file comes along
	 * @return what the whole row did (the rejected rows are in each file's summary)
	 * @throws CrimeImportFailed for the first file that fails (the number of
	 * {@link ImportListener#imported} calls before it tells which): nothing was imported
	 */
	ImportSummary importInRow(List<ImportSource> sources, ImportListener listener);

}
