package org.beatbridge.crime;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An import started over the API, as a poll sees it.
 *
 * @param id the job
 * @param status where it stands
 * @param createdAt when the upload was received
 * @param startedAt when the import began, or {@code null}
 * @param finishedAt when it ended, or {@code null}
 * @param bytesReceived size of the upload
 * @param rowsRead data rows read so far
 * @param bytesRead bytes of the upload read so far
 * @param summary what the import did, once it succeeded
 * @param error why it failed, in words an administrator can act on
 */
public record ImportJob(UUID id, Status status, Instant createdAt, Instant startedAt, Instant finishedAt,
		long bytesReceived, long rowsRead, long bytesRead, Result summary, String error) {

	public enum Status {

		QUEUED, RUNNING, SUCCEEDED, FAILED;

		public boolean isFinished() {
			return this == SUCCEEDED || this == FAILED;
		}

	}

	/**
	 * @param rejected the first rejected rows, with their line (the header is line 1)
	 */
	public record Result(long rowsRead, long inserted, long updated, long unchanged, long rejectedCount,
			int upticksDetected, long tookMillis, List<RejectedRow> rejected) {

	}

}
