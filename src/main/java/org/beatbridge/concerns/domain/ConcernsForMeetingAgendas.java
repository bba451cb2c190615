package org.beatbridge.concerns.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.beatbridge.concerns.ConcernCategory;
import org.beatbridge.concerns.ConcernQuery;
import org.beatbridge.concerns.ConcernView;
import org.beatbridge.concerns.Concerns;
import org.beatbridge.meetings.MeetingConcerns;
import org.beatbridge.meetings.RaisedConcern;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Gives the meeting agenda its "new concerns since the last meeting": the public view
 * only (category, block, moderated text), never the reporter, most supported first.
 */
@Component
class ConcernsForMeetingAgendas implements MeetingConcerns {

	private static final int LONGEST_DESCRIPTION = 140;

	private final Concerns concerns;

	ConcernsForMeetingAgendas(Concerns concerns) {
		this.concerns = concerns;
	}

	@Override
	public List<RaisedConcern> raisedBetween(List<String> beats, Instant since, Instant until) {
		if (beats.isEmpty()) {
			return List.of();
		}
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> names = this.concerns.categories(locale)
			.stream()
			.collect(Collectors.toMap(ConcernCategory::code, ConcernCategory::name, (a, b) -> a));
		List<ConcernView> raised = this.concerns
			.search(new ConcernQuery(beats, null, List.of(), List.of(), since, until, ConcernQuery.MAX_LIMIT));
		return raised.stream()
			.sorted(Comparator.comparingInt(ConcernView::supportCount)
				.reversed()
				.thenComparing(ConcernView::requestedAt))
			.map((concern) -> new RaisedConcern(concern.beat(), title(concern, names::get), concern.supportCount()))
			.toList();
	}

	private static String title(ConcernView concern, Function<String, String> names) {
		String category = (names.apply(concern.category()) != null) ? names.apply(concern.category())
				: concern.category();
		StringBuilder title = new StringBuilder(category);
		if (concern.blockAddress() != null) {
			title.append(", ").append(concern.blockAddress());
		}
		String description = concern.description().strip().replaceAll("\\s+", " ");
		if (description.length() > LONGEST_DESCRIPTION) {
			description = description.substring(0, LONGEST_DESCRIPTION - 1).strip() + "…";
		}
		return title.append(": ").append(description).toString();
	}

}
