package org.beatbridge.crime;

import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;

/**
 * Imports that run in the background: an upload is spooled to the data folder, checked,
 * and imported by the node that received it, while any node can report on it.
 */
public interface CrimeImportJobs {

	/**
	 * Spools the upload (read to its end, with bounded memory) and queues its import.
	 * @throws ImportJobProblems when the upload is empty or not a portal export
	 */
	ImportJob start(InputStream upload, String requestedBy);

	Optional<ImportJob> find(UUID id);

}
