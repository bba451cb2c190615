package org.beatbridge.geography.domain;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.beatbridge.geography.BeatDetails;
import org.beatbridge.geography.BeatLocation;
import org.beatbridge.geography.Beats;
import org.beatbridge.geography.BoundariesReplaced;
import org.beatbridge.geography.BoundaryImport;
import org.beatbridge.geography.BoundarySummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The geography module's facade: answers from an in-memory {@link CityMap} of the current
 * boundary version, and replaces the boundaries in the database. Each node checks the
 * version regularly, so an import on one node reaches all of them.
 */
@Service
public class CityGeography implements Beats, BoundaryImport {

	private static final Logger log = LoggerFactory.getLogger(CityGeography.class);

	private final StoredBoundaries stored;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate writing;

	private final TransactionTemplate reading;

	private volatile CityMap current;

	CityGeography(StoredBoundaries stored, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.stored = stored;
		this.events = events;
		this.writing = new TransactionTemplate(transactions);
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.reading.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	@Override
	public Optional<BeatLocation> locate(double latitude, double longitude) {
		return map().locate(latitude, longitude);
	}

	@Override
	public Optional<BeatDetails> find(String beatNumber) {
		return BeatNumbers.normalise(beatNumber).flatMap(map()::find);
	}

	@Override
	public List<BeatDetails> all() {
		return map().all();
	}

	@Override
	public BoundarySummary replaceWith(Path folder) {
		return replace(BoundaryFiles.read(folder), folder.toAbsolutePath().toString(), false);
	}

	/**
	 * Loads the Chicago boundaries shipped in the application, unless the database
	 * already has boundaries (another node may have loaded them a moment ago).
	 */
	Optional<BoundarySummary> loadChicagoIfEmpty() {
		if (!this.stored.isEmpty()) {
			return Optional.empty();
		}
		return Optional.ofNullable(replace(BoundaryFiles.readChicago(), "classpath:" + BoundaryFiles.CHICAGO, true));
	}

	private BoundarySummary replace(CityBoundaries city, String source, boolean onlyIfEmpty) {
		// Derived before the transaction: it takes a few seconds and needs no database.
		var relations = BeatRelations.of(city);
		BoundarySummary summary = city.summary();
		Long version = this.writing.execute((status) -> {
			this.stored.lockForImport();
			if (onlyIfEmpty && !this.stored.isEmpty()) {
				return null;
			}
			long next = this.stored.replace(city, relations, source);
			this.events.publishEvent(new BoundariesReplaced(next, summary));
			return next;
		});
		if (version == null) {
			return null;
		}
		log.info("Boundaries version {} from {}: {}", version, source, summary);
		refresh();
		return summary;
	}

	/**
	 * Rebuilds the in-memory map when another node (or this one) imported new boundaries.
	 */
	@Scheduled(initialDelayString = "${beatbridge.geography.refresh-interval:PT30S}",
			fixedDelayString = "${beatbridge.geography.refresh-interval:PT30S}")
	void refreshWhenChanged() {
		CityMap map = this.current;
		if (map == null || map.version() != this.stored.version()) {
			refresh();
		}
	}

	CityMap map() {
		CityMap map = this.current;
		return (map != null) ? map : refresh();
	}

	private synchronized CityMap refresh() {
		long version = this.stored.version();
		CityMap map = this.current;
		if (map != null && map.version() == version) {
			return map;
		}
		CityMap loaded = CityMap.of(this.reading.execute((status) -> this.stored.load()));
		this.current = loaded;
		log.info("Beat locator ready for boundary version {}", loaded.version());
		return loaded;
	}

	public Optional<String> beatGeoJson(String beat) {
		return BeatNumbers.normalise(beat).flatMap(map()::beatGeoJson);
	}

	public String beatsGeoJson() {
		return map().beatsGeoJson();
	}

	public String districtsGeoJson() {
		return map().districtsGeoJson();
	}

	/**
	 * The boundary version the answers come from, for HTTP caching.
	 */
	public long version() {
		return map().version();
	}

}
