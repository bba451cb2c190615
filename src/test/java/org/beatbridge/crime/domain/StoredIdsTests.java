package org.beatbridge.crime.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StoredIdsTests {

	@Test
	void anIdUpToTheHighestBeforeMayBeStoredAndAboveItOnlyTheOnesAdded() {
		StoredIds stored = new StoredIds(100);

		stored.add(new long[] { 150, 120, 0 }, 0);
		stored.add(new long[] { 105, 120, 150 }, 3);
		stored.add(new long[] { 101, 130, 200, 999 }, 3);

		assertThat(stored.mayBeStored(7)).isTrue();
		assertThat(stored.mayBeStored(100)).isTrue();
		assertThat(stored.mayBeStored(101)).isTrue();
		assertThat(stored.mayBeStored(130)).isTrue();
		assertThat(stored.mayBeStored(200)).isTrue();
		assertThat(stored.mayBeStored(102)).isFalse();
		assertThat(stored.mayBeStored(125)).isFalse();
		assertThat(stored.mayBeStored(999)).as("beyond the count given").isFalse();
		assertThat(stored.remembered()).isEqualTo(6);
	}

	@Test
	void keepsTheIdsInOrderAcrossManyAdditions() {
		StoredIds stored = new StoredIds(0);
		for (int batch = 0; batch < 300; batch++) {
			long[] ids = new long[10];
			for (int i = 0; i < 10; i++) {
				// interleaved with earlier batches, as a monthly export's IDs are
				ids[i] = 2L * (i * 1000 + batch);
			}
			stored.add(ids, ids.length);
		}

		assertThat(stored.remembered()).isEqualTo(3000);
		for (long id = 0; id < 20_000; id++) {
			boolean added = id % 2 == 0 && (id / 2) % 1000 < 300;
			assertThat(stored.mayBeStored(id)).as("id %d", id).isEqualTo(added);
		}
	}

	@Test
	void forgetsTooManyIdsButStillNeverCallsAStoredOneNew() {
		StoredIds stored = new StoredIds(10, 5);
		stored.add(new long[] { 20, 30, 40 }, 3);

		stored.add(new long[] { 15, 50, 60 }, 3);

		assertThat(stored.remembered()).isZero();
		assertThat(stored.mayBeStored(15)).isTrue();
		assertThat(stored.mayBeStored(59)).isTrue();
		assertThat(stored.mayBeStored(60)).isTrue();
		assertThat(stored.mayBeStored(61)).isFalse();
	}

}
