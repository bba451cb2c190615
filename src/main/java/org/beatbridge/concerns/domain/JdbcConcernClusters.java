package org.beatbridge.concerns.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.beatbridge.concerns.ConcernCluster;
import org.beatbridge.concerns.ConcernClusters;
import org.beatbridge.concerns.ConcernId;
import org.beatbridge.concerns.ConcernSettings;
import org.beatbridge.geography.BlockLevel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Groups recent open concerns of a category that lie within the similar-concern radius of
 * one another (single linkage: a chain of neighbours is one cluster), on the exact points
 * the module keeps to itself; only block-level facts leave it.
 */
@Service
class JdbcConcernClusters implements ConcernClusters {

	/** Enough for any district's month of open concerns; the newest are kept. */
	private static final int MAX_CONCERNS = 5000;

	private final JdbcClient jdbc;

	private final ConcernSettings settings;

	private final Clock clock = Clock.systemUTC();

	JdbcConcernClusters(JdbcClient jdbc, ConcernSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ConcernCluster> openClusters(List<String> beats, String district, int minimumSize) {
		int minimum = Math.max(2, minimumSize);
		List<String> beatNumbers = (beats != null) ? beats.stream().map(JdbcConcerns::beatNumber).toList() : List.of();
		String districtNumber = (district != null && !district.isBlank()) ? JdbcConcerns.districtNumber(district)
				: null;
		Instant since = this.clock.instant().minus(this.settings.similarWindow());
		List<Point> points = this.jdbc.sql("""
				select c.id, c.category, c.beat, c.district, c.latitude, c.longitude, c.block_address,
					c.support_count, c.requested_at from concerns c
				where c.status in ('OPEN', 'ACKNOWLEDGED', 'IN_PROGRESS', 'REFERRED') and c.requested_at >= ?
					and (cardinality(?::text[]) = 0 or c.beat = any(?::text[]))
					and (?::text is null or c.district = ?)
					and not exists (select 1 from concern_merges m where m.duplicate_id = c.id)
				order by c.requested_at desc, c.id desc limit ?""")
			.params(Timestamp.from(since), beatNumbers.toArray(String[]::new), beatNumbers.toArray(String[]::new),
					districtNumber, districtNumber, MAX_CONCERNS)
			.query((rs, row) -> new Point(rs.getLong("id"), rs.getString("category"), rs.getString("beat"),
					rs.getString("district"), rs.getDouble("latitude"), rs.getDouble("longitude"),
					rs.getString("block_address"), rs.getInt("support_count"),
					rs.getTimestamp("requested_at").toInstant()))
			.list();
		List<ConcernCluster> clusters = new ArrayList<>();
		Map<String, List<Point>> byCategory = points.stream()
			.collect(Collectors.groupingBy(Point::category, LinkedHashMap::new, Collectors.toList()));
		for (List<Point> category : byCategory.values()) {
			for (List<Point> group : linked(category, this.settings.similarRadius())) {
				if (group.size() >= minimum) {
					clusters.add(cluster(group));
				}
			}
		}
		clusters.sort(Comparator.comparingInt(ConcernCluster::size)
			.reversed()
			.thenComparing(ConcernCluster::lastReportedAt, Comparator.reverseOrder()));
		return clusters;
	}

	/** Groups of points joined by chains of neighbours closer than the radius. */
	static List<List<Point>> linked(List<Point> points, double radius) {
		int[] parent = new int[points.size()];
		for (int i = 0; i < parent.length; i++) {
			parent[i] = i;
		}
		for (int i = 0; i < points.size(); i++) {
			for (int j = i + 1; j < points.size(); j++) {
				if (points.get(i).metresFrom(points.get(j)) <= radius) {
					parent[root(parent, i)] = root(parent, j);
				}
			}
		}
		Map<Integer, List<Point>> groups = new LinkedHashMap<>();
		for (int i = 0; i < points.size(); i++) {
			groups.computeIfAbsent(root(parent, i), (key) -> new ArrayList<>()).add(points.get(i));
		}
		return new ArrayList<>(groups.values());
	}

	private static int root(int[] parent, int i) {
		int at = i;
		while (parent[at] != at) {
			parent[at] = parent[parent[at]];
			at = parent[at];
		}
		return at;
	}

	private static ConcernCluster cluster(List<Point> group) {
		List<Point> newestFirst = group.stream()
			.sorted(Comparator.comparing(Point::requestedAt)
				.reversed()
				.thenComparing(Point::id, Comparator.reverseOrder()))
			.toList();
		Map<String, Long> perBeat = group.stream()
			.collect(Collectors.groupingBy(Point::beat, LinkedHashMap::new, Collectors.counting()));
		List<String> beats = perBeat.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.map(Map.Entry::getKey)
			.toList();
		double latitude = group.stream().mapToDouble(Point::latitude).average().orElse(0);
		double longitude = group.stream().mapToDouble(Point::longitude).average().orElse(0);
		Point newest = newestFirst.get(0);
		return new ConcernCluster(newest.category(), beats, newest.district(), newest.blockAddress(),
				BlockLevel.point(latitude, longitude),
				newestFirst.stream().map((point) -> new ConcernId(point.id())).toList(),
				group.stream().mapToInt(Point::supporters).sum(), newestFirst.get(newestFirst.size() - 1).requestedAt(),
				newest.requestedAt());
	}

	record Point(long id, String category, String beat, String district, double latitude, double longitude,
			String blockAddress, int supporters, Instant requestedAt) {

		double metresFrom(Point other) {
			return Distances.metres(this.latitude, this.longitude, other.latitude, other.longitude);
		}

	}

}
