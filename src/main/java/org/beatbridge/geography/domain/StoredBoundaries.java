package org.beatbridge.geography.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The boundaries in the database: replaced as a whole by an import, read as a whole into
 * each node's locator.
 */
@Repository
class StoredBoundaries {

	private final JdbcClient jdbc;

	StoredBoundaries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long version() {
		return this.jdbc.sql("SELECT version FROM geo_boundary_version WHERE id = 1").query(Long.class).single();
	}

	boolean isEmpty() {
		return this.jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM geo_beat)").query(Boolean.class).single();
	}

	/**
	 * Serialises imports across all nodes until the surrounding transaction ends.
	 */
	void lockForImport() {
		this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('beatbridge.geography.import'))").query().singleRow();
	}

	/**
	 * Replaces every boundary; call inside a transaction. Returns the new version.
	 */
	long replace(CityBoundaries city, Map<String, BeatRelations.Relations> relations, String source) {
		WKBWriter wkb = new WKBWriter(2);
		this.jdbc.sql("DELETE FROM geo_beat").update();
		this.jdbc.sql("DELETE FROM geo_sector").update();
		this.jdbc.sql("DELETE FROM geo_district").update();
		this.jdbc.sql("DELETE FROM geo_community_area").update();
		for (DistrictShape district : city.districts()) {
			this.jdbc.sql("INSERT INTO geo_district (number, label, geometry) VALUES (?, ?, ?)")
				.params(district.number(), district.label(), wkb.write(district.geometry()))
				.update();
		}
		Map<String, String> sectors = new HashMap<>();
		for (BeatShape beat : city.beats()) {
			if (sectors.putIfAbsent(beat.sector(), beat.district()) == null) {
				this.jdbc.sql("INSERT INTO geo_sector (number, district) VALUES (?, ?)")
					.params(beat.sector(), beat.district())
					.update();
			}
		}
		for (BeatShape beat : city.beats()) {
			BeatRelations.Relations related = relations.get(beat.number());
			this.jdbc.sql("""
					INSERT INTO geo_beat (number, district, sector, geometry, neighbours, community_areas)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(beat.number(), beat.district(), beat.sector(), wkb.write(beat.geometry()),
						related.neighbours().toArray(new String[0]), related.communityAreas().toArray(new String[0]))
				.update();
		}
		for (CommunityAreaShape area : city.communityAreas()) {
			this.jdbc.sql("INSERT INTO geo_community_area (number, name, geometry) VALUES (?, ?, ?)")
				.params(area.number(), area.name(), wkb.write(area.geometry()))
				.update();
		}
		return this.jdbc.sql("""
				UPDATE geo_boundary_version SET version = version + 1, imported_at = now(), source = ?
				WHERE id = 1 RETURNING version""").param(source).query(Long.class).single();
	}

	/**
	 * Everything, as of one version; call inside a repeatable-read transaction.
	 */
	StoredCity load() {
		long version = version();
		List<DistrictShape> districts = this.jdbc.sql("SELECT number, label, geometry FROM geo_district")
			.query((rs, row) -> new DistrictShape(rs.getString(1), rs.getString(2), geometry(rs, 3)))
			.list();
		Map<String, BeatRelations.Relations> relations = new HashMap<>();
		List<BeatShape> beats = new ArrayList<>();
		this.jdbc
			.sql("SELECT number, district, sector, geometry, neighbours, community_areas FROM geo_beat ORDER BY number")
			.query((ResultSet rs) -> {
				beats.add(new BeatShape(rs.getString(1), rs.getString(2), rs.getString(3), geometry(rs, 4)));
				relations.put(rs.getString(1),
						new BeatRelations.Relations(strings(rs.getArray(5)), strings(rs.getArray(6))));
			});
		List<CommunityAreaShape> areas = this.jdbc.sql("SELECT number, name, geometry FROM geo_community_area")
			.query((rs, row) -> new CommunityAreaShape(rs.getInt(1), rs.getString(2), geometry(rs, 3)))
			.list();
		return new StoredCity(version, new CityBoundaries(districts, beats, areas), relations);
	}

	private static Geometry geometry(ResultSet rs, int column) throws SQLException {
		try {
			return new WKBReader(BoundaryFiles.WGS84).read(rs.getBytes(column));
		}
		catch (ParseException ex) {
			throw new SQLException("Unreadable geometry in column " + column, ex);
		}
	}

	private static List<String> strings(Array array) throws SQLException {
		return List.copyOf(Arrays.asList((String[]) array.getArray()));
	}

	record StoredCity(long version, CityBoundaries boundaries, Map<String, BeatRelations.Relations> relations) {

	}

}
