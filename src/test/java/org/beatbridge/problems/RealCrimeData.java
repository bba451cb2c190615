package org.beatbridge.problems;

import org.beatbridge.SharedData;
import org.beatbridge.crime.CrimeImport;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * January and February 2017 of the city's real crime data, imported once per database by
 * the crime module's own import (other test classes may have emptied the tables since).
 */
final class RealCrimeData {

	private RealCrimeData() {
	}

	static void ensureImported(CrimeImport crimes, JdbcClient jdbc) {
		int february = jdbc.sql("""
				SELECT count(*) FROM crime_incidents
				WHERE occurred_at >= '2017-02-01' AND occurred_at < '2017-03-01'""").query(Integer.class).single();
		int january = jdbc.sql("""
				SELECT count(*) FROM crime_incidents
				WHERE occurred_at >= '2017-01-01' AND occurred_at < '2017-02-01'""").query(Integer.class).single();
		if (january < 15000 || february < 15000) {
			crimes.importFile(SharedData.file("crimes/crimes_2017_01.csv"));
			crimes.importFile(SharedData.file("crimes/crimes_2017_02.csv"));
		}
	}

}
