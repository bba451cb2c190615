package org.beatbridge.crime.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.beatbridge.crime.CrimeImport;
import org.beatbridge.crime.ImportProgress;
import org.beatbridge.crime.ImportSummary;
import org.beatbridge.shared.sampledata.SampleData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the web application's first start (not for CLI commands), imports May and June 2017
 * of the city's crime export shipped in {@code sample/}, so the beat pages show real
 * crime conditions at once.
 */
@Component
@ConditionalOnWebApplication
@Order(100)
class CrimeSample implements ApplicationRunner {

	static final String[] FILES = { "crimes_2017_05.csv.gz", "crimes_2017_06.csv.gz" };

	private static final Logger log = LoggerFactory.getLogger(CrimeSample.class);

	private final SampleData samples;

	private final CrimeImport crimeImport;

	CrimeSample(SampleData samples, CrimeImport crimeImport) {
		this.samples = samples;
		this.crimeImport = crimeImport;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.samples.loadIfEmpty("crimes", "crime_incidents", () -> {
			for (String file : FILES) {
				try (InputStream rows = this.samples.open(file)) {
					ImportSummary summary = this.crimeImport.importFrom(rows, ImportProgress.NONE);
					log.info("Sample {}: {} rows read, {} inserted, {} rejected", file, summary.rowsRead(),
							summary.inserted(), summary.rejected().size());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		});
	}

}
