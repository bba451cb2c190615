package org.beatbridge.crime.domain;

import java.util.List;

import org.beatbridge.crime.ImportListener;
import org.beatbridge.crime.ImportSource;

/**
 * The readers of files imported in a row. Once the file being imported has been read to
 * its last row, the next file is read while the first one's last rows are still being
 * stored, so the reading thread keeps working from one file to the next (decision 0414).
 * Never more than one file ahead: memory stays bounded however many files there are.
 */
final class FilesInRow {

	private final List<ImportSource> sources;

	private final ImportListener listener;

	private final RowReader[] readers;

	/** The file being imported. */
	private int current = -1;

	FilesInRow(List<ImportSource> sources, ImportListener listener) {
		this.sources = List.copyOf(sources);
		this.listener = listener;
		this.readers = new RowReader[this.sources.size()];
	}

	/**
	 * The reader of a file whose import begins.
	 * @param converter what checks the rows of every file of the row
	 */
	synchronized RowReader begin(int file, PortalRowConverter converter) {
		this.current = file;
		RowReader reader = this.readers[file];
		if (reader == null) {
			reader = reader(file, converter);
			this.readers[file] = reader;
		}
		if (reader.isRead()) {
			// read to its end while the previous file was imported
			readNext(file);
		}
		return reader;
	}

	/** Stops every reader still reading: the row is done or failed. */
	synchronized void cancel() {
		for (RowReader reader : this.readers) {
			if (reader != null) {
				reader.cancel();
			}
		}
	}

	private RowReader reader(int file, PortalRowConverter converter) {
		return new RowReader(this.sources.get(file).opener(), converter,
				(rows, bytes) -> this.listener.rowsRead(file, rows, bytes), () -> read(file));
	}

	/** A reader read its file to the end. */
	private synchronized void read(int file) {
		if (file == this.current) {
			readNext(file);
		}
	}

	private void readNext(int file) {
		int next = file + 1;
		if (next < this.readers.length && this.readers[next] == null) {
			this.readers[next] = reader(next, this.readers[file].converter());
			this.readers[next].start();
		}
	}

}
