package org.beatbridge.crime;

/**
 * Told how far an import has come, for a progress bar or a job status.
 */
@FunctionalInterface
public interface ImportProgress {

	ImportProgress NONE = (rowsRead, bytesRead) -> {
	};

	void rowsRead(long rowsRead, long bytesRead);

}
