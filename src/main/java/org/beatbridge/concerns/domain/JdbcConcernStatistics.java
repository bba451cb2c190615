package org.beatbridge.concerns.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.beatbridge.concerns.ConcernCount;
import org.beatbridge.concerns.ConcernQuery;
import org.beatbridge.concerns.ConcernStatistics;
import org.beatbridge.concerns.ConcernStatus;
import org.beatbridge.concerns.ConcernView;
import org.beatbridge.concerns.Concerns;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts straight from the concerns table: always current, no copy to keep in step.
 */
@Service
class JdbcConcernStatistics implements ConcernStatistics {

	private final JdbcClient jdbc;

	private final Concerns concerns;

	JdbcConcernStatistics(JdbcClient jdbc, Concerns concerns) {
		this.jdbc = jdbc;
		this.concerns = concerns;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ConcernCount> counts(List<String> beats, String district, Instant since) {
		List<Object> params = new ArrayList<>();
		params.add(Timestamp.from(since));
		params.add(Timestamp.from(since));
		String scope = "";
		if (beats != null && !beats.isEmpty()) {
			scope = " and beat = any(?::text[])";
			params.add("{" + String.join(",", beats.stream().map(JdbcConcerns::beatNumber).toList()) + "}");
		}
		else if (district != null && !district.isBlank()) {
			scope = " and district = ?";
			params.add(JdbcConcerns.districtNumber(district));
		}
		params.add(Timestamp.from(since));
		return this.jdbc.sql("""
				select beat, district, category,
					count(*) filter (where status in ('OPEN', 'ACKNOWLEDGED', 'IN_PROGRESS', 'REFERRED')) as open,
					count(*) filter (where requested_at >= ?) as reported_since,
					coalesce(sum(support_count) filter
						(where status in ('OPEN', 'ACKNOWLEDGED', 'IN_PROGRESS', 'REFERRED')), 0) as supporters
				from concerns
				where (status in ('OPEN', 'ACKNOWLEDGED', 'IN_PROGRESS', 'REFERRED') or requested_at >= ?)
					and not exists (select 1 from concern_merges m where m.duplicate_id = concerns.id)""" + scope + """

				group by beat, district, category
				order by beat, open desc, reported_since desc, category""")
			.params(params.subList(0, params.size() - 1))
			.query((rs, row) -> new ConcernCount(rs.getString("beat"), rs.getString("district"),
					rs.getString("category"), rs.getLong("open"), rs.getLong("reported_since"),
					rs.getLong("supporters")))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public List<ConcernView> mostSupported(List<String> beats, int limit) {
		List<ConcernView> open = this.concerns.search(new ConcernQuery(beats, null, null,
				List.copyOf(ConcernStatus.open()), null, null, ConcernQuery.MAX_LIMIT));
		return open.stream()
			.filter((view) -> view.supportCount() > 0)
			.sorted(java.util.Comparator.comparingInt(ConcernView::supportCount)
				.reversed()
				.thenComparing(ConcernView::requestedAt, java.util.Comparator.reverseOrder()))
			.limit(Math.max(1, limit))
			.toList();
	}

}
