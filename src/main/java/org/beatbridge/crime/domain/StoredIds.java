package org.beatbridge.crime.domain;

import java.util.Arrays;

/**
 * Which incident IDs are stored, as far as one import (one transaction, maybe of several
 * files) knows without asking: every ID up to {@link #highestBefore} may be stored, and
 * above it only the IDs this import stored itself. An ID it cannot be sure of is looked
 * up; any other is new (decision 0413).
 */
final class StoredIds {

	/** At most this many remembered IDs (8 bytes each): beyond, they are forgotten. */
	static final int MAX_REMEMBERED = 2_000_000;

	private final int max;

	private long highestBefore;

	/** In order; only the first {@code size} are used. */
	private long[] ids = new long[1024];

	private int size;

	/**
	 * @param highestBefore the highest ID stored before: any ID up to it may be stored
	 */
	StoredIds(long highestBefore) {
		this(highestBefore, MAX_REMEMBERED);
	}

	StoredIds(long highestBefore, int max) {
		this.highestBefore = highestBefore;
		this.max = max;
	}

	/** Whether the ID may be stored: if not, it is certainly new. */
	boolean mayBeStored(long id) {
		return id <= this.highestBefore || Arrays.binarySearch(this.ids, 0, this.size, id) >= 0;
	}

	/**
	 * Adds the IDs of incidents just stored.
	 * @param added in ascending order
	 */
	void add(long[] added, int count) {
		if (count == 0) {
			return;
		}
		if (this.size + count > this.max) {
			// too many to remember: from here on, any ID up to the highest may be stored
			long highest = Math.max(added[count - 1], (this.size > 0) ? this.ids[this.size - 1] : 0);
			this.highestBefore = Math.max(this.highestBefore, highest);
			this.ids = new long[1024];
			this.size = 0;
			return;
		}
		if (this.size + count > this.ids.length) {
			this.ids = Arrays.copyOf(this.ids, Math.min(this.max, Math.max(this.size + count, this.ids.length * 2)));
		}
		// merged from the end, in place
		int i = this.size - 1;
		int j = count - 1;
		for (int k = this.size + count - 1; j >= 0; k--) {
			this.ids[k] = (i >= 0 && this.ids[i] > added[j]) ? this.ids[i--] : added[j--];
		}
		this.size += count;
	}

	int remembered() {
		return this.size;
	}

}
