package org.beatbridge.crime.domain;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The Java side of the import alone (CSV splitting, row checks, binary COPY rows in
 * batches), without a database: the ceiling of the import's rows/s. Run with
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.beatbridge.crime.domain.RowCheckBenchmark}.
 */
public final class RowCheckBenchmark {

	private RowCheckBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> districts = new HashMap<>();
		for (int beat = 100; beat < 2600; beat++) {
			districts.put(String.format("%04d", beat), Integer.toString(beat / 100));
		}
		PortalRowConverter converter = new PortalRowConverter(new BeatAssigner(districts, (lat, lon) -> null),
				CategoryRules.empty(), CityBounds.CHICAGO);
		for (int round = 0; round < 10; round++) {
			long rows = 0;
			long parseOnly = 0;
			long started = System.nanoTime();
			for (int month = 1; month <= 6; month++) {
				Path file = Path.of("../shared/data/crimes/crimes_2017_0" + month + ".csv");
				try (InputStream reader = Files.newInputStream(file)) {
					CsvRows parser = new CsvRows(reader);
					String[] fields = new String[PortalRowConverter.PORTAL_COLUMNS];
					for (int size = parser.next(fields); size >= 0; size = parser.next(fields)) {
						parseOnly += size;
					}
				}
			}
			long parsed = System.nanoTime();
			long length = 0;
			ImportBatch batch = new ImportBatch(ImportBatch.SIZE);
			for (int month = 1; month <= 6; month++) {
				Path file = Path.of("../shared/data/crimes/crimes_2017_0" + month + ".csv");
				try (InputStream reader = Files.newInputStream(file)) {
					CsvRows parser = new CsvRows(reader);
					String[] fields = new String[PortalRowConverter.PORTAL_COLUMNS];
					long[] numbers = new long[PortalRowConverter.VALUES];
					for (int size = parser.next(fields); size >= 0; size = parser.next(fields)) {
						String[] values = new String[PortalRowConverter.VALUES];
						if (converter.convert(fields, size, values, numbers) == null) {
							batch.add(rows, values, numbers);
							if (batch.isFull()) {
								length += batch.size();
								batch = new ImportBatch(ImportBatch.SIZE);
							}
						}
						rows++;
					}
				}
			}
			long done = System.nanoTime();
			System.out.printf(
					"parse only %,.0f rows/s; parse + check + batch (binary COPY rows) %,.0f rows/s (%d %d)%n",
					rows * 1e9 / (parsed - started), rows * 1e9 / (done - parsed), parseOnly, length);
		}
	}

}
