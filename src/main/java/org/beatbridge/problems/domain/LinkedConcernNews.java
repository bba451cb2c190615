package org.beatbridge.problems.domain;

import java.util.List;
import java.util.Locale;

import org.beatbridge.concerns.Actor;
import org.beatbridge.concerns.ConcernId;
import org.beatbridge.concerns.ConcernUpdates;
import org.beatbridge.problems.ProblemCaseAdvanced;
import org.beatbridge.problems.ProblemStage;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the residents behind a case's concerns how the case moves on (decision 0606): a
 * public update on each linked concern, worded by stage in the concern's language, with
 * no staff names. The concerns module shows it on the concern's timeline and sends it to
 * the reporter ("news about your concern").
 */
@Component
class LinkedConcernNews {

	private final JdbcClient jdbc;

	private final ConcernUpdates updates;

	private final MessageSource messages;

	LinkedConcernNews(JdbcClient jdbc, ConcernUpdates updates, MessageSource messages) {
		this.jdbc = jdbc;
		this.updates = updates;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(ProblemCaseAdvanced advanced) {
		List<Long> linked = this.jdbc.sql("SELECT concern_id FROM problem_case_concerns WHERE case_id = ?")
			.param(advanced.caseId())
			.query(Long.class)
			.list();
		String key = (advanced.from() == ProblemStage.ASSESSMENT && advanced.to() == ProblemStage.ANALYSIS)
				? "problems.news.back" : "problems.news.stage." + advanced.to().name();
		Object[] arguments = { advanced.title(), String.join(", ", advanced.beats()) };
		for (long concern : linked) {
			tell(new ConcernId(concern), key, arguments);
		}
	}

	/** A concern was just linked to the case. */
	void linked(ConcernId concern, ProblemCase problem) {
		tell(concern, "problems.news.linked", new Object[] { problem.title(), String.join(", ", problem.beats()) });
	}

	/**
	 * Concerns are never deleted and links are checked when made, so a failure here is
	 * left to fail the listener: its event publication stays incomplete and is retried.
	 */
	private void tell(ConcernId concern, String key, Object[] arguments) {
		this.updates.post(concern, (Locale locale) -> this.messages.getMessage(key, arguments, locale), Actor.system());
	}

}
