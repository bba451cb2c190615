package org.beatbridge.crime;

/**
 * Told how files imported in a row come along; files are numbered from 0 in the order
 * given.
 */
@FunctionalInterface
public interface ImportListener {

	/**
	 * How far the reading of a file has come, told on a reading thread. The next file is
	 * read while the one before it is still being stored, so a file's first calls can
	 * come before the previous file's {@link #imported}.
	 */
	default void rowsRead(int file, long rowsRead, long bytesRead) {
	}

	/**
	 * A file's rows were all stored (committed with the others, after the last file);
	 * told on the thread that imports. Its summary detects no upticks: the row's does.
	 */
	void imported(int file, ImportSummary summary);

}
