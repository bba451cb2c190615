package org.beatbridge.problems.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.beatbridge.concerns.ConcernCategory;
import org.beatbridge.concerns.ConcernCluster;
import org.beatbridge.concerns.ConcernClusters;
import org.beatbridge.concerns.ConcernId;
import org.beatbridge.concerns.ConcernQuery;
import org.beatbridge.concerns.ConcernStatus;
import org.beatbridge.concerns.ConcernView;
import org.beatbridge.concerns.Concerns;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The residents' concerns behind a case (scanning: "the concerns behind it, linked and
 * counted"), read through the concerns module's public view only: block-level location,
 * moderated description, never the reporter.
 */
@Service
public class ConcernLinks {

	/** A cluster is worth suggesting when this many residents raised the same problem. */
	public static final int CLUSTER_MINIMUM = 3;

	private static final int MAX_CANDIDATES = 20;

	private final JdbcClient jdbc;

	private final Cases cases;

	private final Concerns concerns;

	private final ConcernClusters clusters;

	private final LinkedConcernNews news;

	private final Clock clock = Clock.systemUTC();

	ConcernLinks(JdbcClient jdbc, Cases cases, Concerns concerns, ConcernClusters clusters, LinkedConcernNews news) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.concerns = concerns;
		this.clusters = clusters;
		this.news = news;
	}

	/**
	 * Links a concern of one of the case's beats to the open case and tells its reporter;
	 * linking it again changes nothing.
	 * @throws CaseRefused when the case is closed, or the concern does not exist or lies
	 * outside the case's beats
	 */
	@Transactional
	public void link(long caseId, long concernId, Actor actor) {
		ProblemCase problem = this.cases.find(caseId).orElseThrow(() -> CaseNotFound.of(caseId));
		link(problem, concernId, actor);
	}

	void link(ProblemCase problem, long concernId, Actor actor) {
		if (!problem.stage().isOpen()) {
			throw CaseRefused.notInStage("concerns", problem.stage());
		}
		ConcernView concern = (concernId > 0) ? this.concerns.find(new ConcernId(concernId)).orElse(null) : null;
		if (concern == null) {
			throw CaseRefused.unknownConcern(concernId);
		}
		if (!problem.beats().contains(concern.beat())) {
			throw CaseRefused.concernOutsideBeats(concernId, concern.beat());
		}
		int added = this.jdbc.sql("""
				INSERT INTO problem_case_concerns (case_id, concern_id, linked_by, linked_at) VALUES (?, ?, ?, ?)
				ON CONFLICT DO NOTHING""")
			.params(problem.id(), concernId, actor.accountId(), Timestamp.from(this.clock.instant()))
			.update();
		if (added > 0) {
			this.news.linked(concern.id(), problem);
		}
	}

	/**
	 * @return whether the concern was linked
	 */
	@Transactional
	public boolean unlink(long caseId, long concernId) {
		return this.jdbc.sql("DELETE FROM problem_case_concerns WHERE case_id = ? AND concern_id = ?")
			.params(caseId, concernId)
			.update() > 0;
	}

	/** The ids of the concerns linked to a case, oldest link first. */
	public List<Long> linkedIds(long caseId) {
		return this.jdbc
			.sql("SELECT concern_id FROM problem_case_concerns WHERE case_id = ? ORDER BY linked_at, concern_id")
			.param(caseId)
			.query(Long.class)
			.list();
	}

	/** The public view of the concerns linked to a case. */
	public List<ConcernView> linked(long caseId) {
		return views(linkedIds(caseId));
	}

	/** The public view of these concerns, those that exist. */
	public List<ConcernView> views(List<Long> ids) {
		List<ConcernView> found = new ArrayList<>();
		for (long id : ids) {
			if (id > 0) {
				this.concerns.find(new ConcernId(id)).ifPresent(found::add);
			}
		}
		return found;
	}

	/** Concern category names by code, in the reader's language. */
	public Map<String, String> categoryNames(Locale locale) {
		Map<String, String> names = new HashMap<>();
		this.concerns.categories(locale).forEach((category) -> names.put(category.code(), category.name()));
		return names;
	}

	/** How many concerns each case has linked; cases without any are absent. */
	public Map<Long, Integer> counts(List<Long> caseIds) {
		Map<Long, Integer> counts = new HashMap<>();
		if (caseIds.isEmpty()) {
			return counts;
		}
		this.jdbc.sql("SELECT case_id, count(*) FROM problem_case_concerns WHERE case_id = ANY (?) GROUP BY case_id")
			.param(caseIds.toArray(Long[]::new))
			.query((rs) -> {
				counts.put(rs.getLong(1), rs.getInt(2));
			});
		return counts;
	}

	/** Open concerns of the case's beats not linked yet, newest first: what to link. */
	public List<ConcernView> candidates(ProblemCase problem) {
		List<Long> linked = linkedIds(problem.id());
		return this.concerns
			.search(new ConcernQuery(problem.beats(), null, List.of(), List.copyOf(ConcernStatus.open()), null, null,
					MAX_CANDIDATES + linked.size()))
			.stream()
			.filter((concern) -> !linked.contains(concern.id().value()))
			.limit(MAX_CANDIDATES)
			.toList();
	}

	/**
	 * Clusters of similar open concerns worth a case: those already linked to an open
	 * case are left out before counting.
	 */
	public List<ConcernClusterSuggestion> clusterSuggestions(Optional<String> district, Locale locale) {
		Set<Long> covered = Set.copyOf(this.jdbc.sql("""
				SELECT l.concern_id FROM problem_case_concerns l JOIN problem_cases c ON c.id = l.case_id
				WHERE c.stage <> 'CLOSED'""").query(Long.class).list());
		Map<String, ConcernCategory> categories = new HashMap<>();
		this.concerns.categories(locale).forEach((category) -> categories.put(category.code(), category));
		List<ConcernClusterSuggestion> suggestions = new ArrayList<>();
		for (ConcernCluster cluster : this.clusters.openClusters(List.of(), district.orElse(null), CLUSTER_MINIMUM)) {
			List<Long> open = cluster.concerns()
				.stream()
				.map(ConcernId::value)
				.filter((id) -> !covered.contains(id))
				.toList();
			if (open.size() >= CLUSTER_MINIMUM) {
				ConcernCategory category = categories.get(cluster.category());
				suggestions.add(new ConcernClusterSuggestion(cluster.category(),
						(category != null) ? category.name() : cluster.category(),
						(category != null) ? category.crimeCategory() : null, cluster.beats(), cluster.district(),
						cluster.blockAddress(), open, cluster.supporters(), cluster.lastReportedAt()));
			}
		}
		return suggestions;
	}

	/** The suggestion of the given concerns, if they still form one. */
	public Optional<ConcernClusterSuggestion> clusterSuggestion(List<Long> concernIds, Locale locale) {
		return clusterSuggestions(Optional.empty(), locale).stream()
			.filter((suggestion) -> suggestion.reference().equals(ConcernClusterSuggestion.reference(concernIds)))
			.findFirst();
	}

}
