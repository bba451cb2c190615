package org.beatbridge.crime.domain;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.beatbridge.crime.CrimeImport;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Recomputes the upticks that a command importing several files noted but did not get to
 * (it died, or was stopped, after a file's commit and before the last one), on one node
 * of the city every minute.
 */
@Component
public class PendingUpticks {

	private static final Logger log = LoggerFactory.getLogger(PendingUpticks.class);

	private final Upticks upticks;

	private final CrimeImport crimes;

	PendingUpticks(Upticks upticks, CrimeImport crimes) {
		this.upticks = upticks;
		this.crimes = crimes;
	}

	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	@SchedulerLock(name = "crime.upticks.pending", lockAtMostFor = "PT10M")
	public void recompute() {
		if (this.upticks.anyPending()) {
			int found = this.crimes.refreshPendingUpticks();
			log.info("Recomputed the upticks an import left to do: {} new", found);
		}
	}

}
