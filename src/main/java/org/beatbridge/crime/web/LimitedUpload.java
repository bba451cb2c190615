package org.beatbridge.crime.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.beatbridge.crime.ImportJobProblems;

import org.springframework.util.unit.DataSize;

/**
 * An upload body that refuses to be read past the limit, so a chunked upload without a
 * declared length cannot fill the spool folder.
 */
final class LimitedUpload extends FilterInputStream {

	private final DataSize limit;

	private long read;

	LimitedUpload(InputStream in, DataSize limit) {
		super(in);
		this.limit = limit;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			counted(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			counted(n);
		}
		return n;
	}

	private void counted(int bytes) {
		this.read += bytes;
		if (this.read > this.limit.toBytes()) {
			throw ImportJobProblems.uploadTooLarge(this.limit);
		}
	}

}
