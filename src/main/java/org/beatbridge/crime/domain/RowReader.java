package org.beatbridge.crime.domain;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.beatbridge.crime.CrimeImportFailed;
import org.beatbridge.crime.ImportProgress;
import org.beatbridge.crime.ImportSource;
import org.beatbridge.crime.RejectedRow;

/**
 * Reads and checks the rows of an export on its own thread and hands them over in
 * batches, so that parsing overlaps with the database's work. At most two batches wait,
 * which bounds the memory an import takes whatever the size of the file. The file is
 * opened on that thread and closed when it was read.
 */
final class RowReader implements Runnable {

	/** Rejections listed in a summary; the count goes on. */
	static final int LISTED_REJECTIONS = 1000;

	private static final int PROGRESS_EVERY = 10_000;

	private static final ImportBatch END = new ImportBatch(0);

	private final BlockingQueue<ImportBatch> batches = new ArrayBlockingQueue<>(2);

	private final ImportSource.Opener source;

	private final PortalRowConverter converter;

	private final ImportProgress progress;

	/** Run on the reading thread once the last row was read and checked. */
	private final Runnable whenRead;

	private volatile boolean read;

	private Thread thread;

	private final List<RejectedRow> rejected = new ArrayList<>();

	private volatile boolean cancelled;

	private volatile RuntimeException failure;

	private long rejectedCount;

	private long rowsRead;

	/**
	 * @param whenRead run on the reading thread once the last row was read and checked
	 * (not when reading failed or was cancelled)
	 */
	RowReader(ImportSource.Opener source, PortalRowConverter converter, ImportProgress progress, Runnable whenRead) {
		this.source = source;
		this.converter = converter;
		this.progress = progress;
		this.whenRead = whenRead;
	}

	/** Starts reading, once. */
	synchronized void start() {
		if (this.thread == null) {
			this.thread = new Thread(this, "crime-import-reader");
			this.thread.setDaemon(true);
			this.thread.start();
		}
	}

	PortalRowConverter converter() {
		return this.converter;
	}

	/** Whether every row was read and checked (some may still wait to be taken). */
	boolean isRead() {
		return this.read;
	}

	/**
	 * @return the next batch, or {@code null} after the last
	 */
	ImportBatch next() throws InterruptedException {
		ImportBatch batch = this.batches.take();
		if (batch == END) {
			if (this.failure != null) {
				throw this.failure;
			}
			return null;
		}
		return batch;
	}

	/** Stops reading: the import failed on the database side. */
	void cancel() {
		this.cancelled = true;
		this.batches.clear();
	}

	@Override
	public void run() {
		long line = 1;
		try (CountingInputStream in = new CountingInputStream(this.source.open())) {
			CsvRows rows = new CsvRows(in);
			String[] fields = new String[PortalRowConverter.PORTAL_COLUMNS];
			// the parsed numbers of one row at a time: encoded before the next is read
			long[] numbers = new long[PortalRowConverter.VALUES];
			int size = rows.next(fields);
			if (size < 0) {
				throw CrimeImportFailed.notAPortalExport("");
			}
			if (!PortalRowConverter.isPortalHeader(fields, size)) {
				throw CrimeImportFailed
					.notAPortalExport(String.join(",", Arrays.copyOf(fields, Math.min(size, fields.length))));
			}
			line = 2;
			ImportBatch batch = new ImportBatch(ImportBatch.FIRST_SIZE);
			while (!this.cancelled && (size = rows.next(fields)) >= 0) {
				line = rows.rowLine();
				this.rowsRead++;
				String[] values = new String[PortalRowConverter.VALUES];
				String problem = this.converter.convert(fields, size, values, numbers);
				if (problem != null) {
					reject(line, problem);
				}
				else {
					long lost = batch.add(line, values, numbers);
					if (lost > 0) {
						reject(lost, "ID " + values[0]
								+ " appears more than once in the file; the row with the latest Updated On was kept");
					}
					if (batch.isFull()) {
						hand(batch);
						batch = new ImportBatch(ImportBatch.SIZE);
					}
				}
				if (this.rowsRead % PROGRESS_EVERY == 0) {
					this.progress.rowsRead(this.rowsRead, in.count);
				}
			}
			if (!this.cancelled) {
				this.read = true;
				this.whenRead.run();
			}
			hand(batch);
			this.progress.rowsRead(this.rowsRead, in.count);
		}
		catch (IOException ex) {
			this.failure = CrimeImportFailed.unreadable(line, ex);
		}
		catch (UncheckedIOException ex) {
			this.failure = CrimeImportFailed.unreadable(line, ex.getCause());
		}
		catch (RuntimeException ex) {
			this.failure = (ex instanceof CrimeImportFailed) ? ex : CrimeImportFailed.unreadable(line, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.failure = CrimeImportFailed.unreadable(line, ex);
		}
		finally {
			try {
				while (!this.cancelled && !this.batches.offer(END, 100, TimeUnit.MILLISECONDS)) {
					// the importer is still busy with the previous batches
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private void hand(ImportBatch batch) throws InterruptedException {
		while (!this.cancelled && !this.batches.offer(batch, 100, TimeUnit.MILLISECONDS)) {
			// wait for the importer to take a batch
		}
	}

	private void reject(long line, String reason) {
		this.rejectedCount++;
		if (this.rejected.size() < LISTED_REJECTIONS * 2) {
			this.rejected.add(new RejectedRow(line, reason));
		}
	}

	/** Read only once {@link #next()} returned {@code null}. */
	long rowsRead() {
		return this.rowsRead;
	}

	long rejectedCount() {
		return this.rejectedCount;
	}

	List<RejectedRow> rejected() {
		this.rejected.sort(Comparator.comparingLong(RejectedRow::line));
		return this.rejected.subList(0, Math.min(LISTED_REJECTIONS, this.rejected.size()));
	}

	private static final class CountingInputStream extends FilterInputStream {

		private volatile long count;

		CountingInputStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int read = super.read();
			if (read >= 0) {
				this.count++;
			}
			return read;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = super.read(buffer, offset, length);
			if (read > 0) {
				this.count += read;
			}
			return read;
		}

	}

}
