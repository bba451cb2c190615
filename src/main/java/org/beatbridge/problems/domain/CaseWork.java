package org.beatbridge.problems.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.beatbridge.geography.BeatDetails;
import org.beatbridge.geography.Beats;
import org.beatbridge.problems.OverdueAction;
import org.beatbridge.problems.ProblemCaseAdvanced;
import org.beatbridge.problems.ProblemCases;
import org.beatbridge.problems.ProblemStage;
import org.beatbridge.problems.SuggestedProblem;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Works cases through their stages: each change reads the case, lets it apply its rules
 * and saves it at the version the person was looking at.
 */
@Service
public class CaseWork implements ProblemCases {

	public static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	private final Cases cases;

	private final Suggestions suggestions;

	private final Beats beats;

	private final CrimeComparison crime;

	private final ConcernLinks concerns;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CaseWork(Cases cases, Suggestions suggestions, Beats beats, CrimeComparison crime, ConcernLinks concerns,
			ApplicationEventPublisher events) {
		this.cases = cases;
		this.suggestions = suggestions;
		this.beats = beats;
		this.crime = crime;
		this.concerns = concerns;
		this.events = events;
		this.clock = Clock.systemUTC();
	}

	public Optional<ProblemCase> find(long id) {
		return this.cases.find(id);
	}

	public ProblemCase get(long id) {
		return this.cases.find(id).orElseThrow(() -> CaseNotFound.of(id));
	}

	@Transactional
	public long open(OpenCase command, Actor actor) {
		CaseSource source = CaseSource.HAND;
		String reference = null;
		if (command.suggestionId() != null) {
			Suggestion suggestion = this.suggestions.findPending(command.suggestionId()).orElse(null);
			if (suggestion != null) {
				source = suggestion.source();
				reference = suggestion.sourceReference();
			}
		}
		else if (!command.concernIds().isEmpty()) {
			source = CaseSource.CONCERNS;
			reference = ConcernClusterSuggestion.reference(command.concernIds());
		}
		return openFrom(source, reference, command, actor);
	}

	/** Opens a case from another module's decision (a meeting priority). */
	@Transactional
	public long openFrom(CaseSource source, String reference, OpenCase command, Actor actor) {
		List<BeatDetails> found = beatsOf(command.beats());
		command.categories().stream().filter((c) -> !CrimeCategories.isKnown(c)).findFirst().ifPresent((c) -> {
			throw CaseRefused.unknownCategory(c);
		});
		List<String> beatNumbers = found.stream().map(BeatDetails::beat).toList();
		CrimeComparison.Weeks recent = this.crime.recentWeeks(beatNumbers.get(0));
		ProblemCase opened = ProblemCase.open(
				new ProblemCase.Scanning(command.title(), command.statement(), command.whyPriority(),
						command.categories(), recent.from(), recent.to()),
				found.get(0).district(), beatNumbers, source, reference, actor.accountId(), actor.name(), now());
		long id = this.cases.save(opened);
		if (command.suggestionId() != null) {
			this.suggestions.markOpened(command.suggestionId(), id);
		}
		ProblemCase saved = get(id);
		for (long concern : command.concernIds()) {
			this.concerns.link(saved, concern, actor);
		}
		return id;
	}

	@Transactional
	public void updateScanning(long id, int version, ProblemCase.Scanning scanning) {
		scanning.categories().stream().filter((c) -> !CrimeCategories.isKnown(c)).findFirst().ifPresent((c) -> {
			throw CaseRefused.unknownCategory(c);
		});
		change(id, version, (problem) -> problem.updateScanning(scanning));
	}

	@Transactional
	public void recordAnalysis(long id, int version, Analysis analysis) {
		change(id, version, (problem) -> problem.recordAnalysis(analysis));
	}

	@Transactional
	public void addAction(long id, int version, ResponseAction action) {
		change(id, version, (problem) -> problem.addAction(action));
	}

	@Transactional
	public void changeActionStatus(long id, int version, long actionId, ActionStatus status) {
		change(id, version, (problem) -> problem.changeActionStatus(actionId, status));
	}

	/** Measures the response from the crime data and records the assessment. */
	@Transactional
	public void assess(long id, int version, int weeks, String residents, Outcome outcome) {
		change(id, version, (problem) -> {
			BeforeAfter measure = measure(problem, weeks);
			problem.recordAssessment(measure, residents, outcome);
		});
	}

	/** The before/after measure of a case in response or assessment, not stored. */
	public BeforeAfter measure(ProblemCase problem, int weeks) {
		if (problem.responseStartedOn() == null) {
			throw CaseRefused.notInStage("assessment", problem.stage());
		}
		int bounded = Math.max(1, Math.min(CrimeComparison.MAX_WEEKS, weeks));
		return this.crime.beforeAfter(problem.beats(), problem.categories(), problem.responseStartedOn(), bounded);
	}

	@Transactional
	public void moveTo(long id, int version, ProblemStage target, String reason, Optional<LocalDate> responseStart,
			Actor actor) {
		Instant at = now();
		ProblemStage[] from = new ProblemStage[1];
		ProblemCase moved = change(id, version, (problem) -> {
			from[0] = problem.stage();
			problem.moveTo(target, reason, actor.accountId(), actor.name(), at, LocalDate.ofInstant(at, CHICAGO),
					responseStart);
		});
		this.events.publishEvent(
				new ProblemCaseAdvanced(id, moved.title(), moved.beats(), moved.district(), from[0], target, at));
	}

	public List<ProblemCase> ofBeat(String beat) {
		return this.cases.ofBeat(beat);
	}

	public List<ProblemCase> ofDistrict(String district) {
		return this.cases.ofDistrict(district);
	}

	public List<ProblemCase> open(Optional<String> district) {
		return this.cases.open(district);
	}

	@Override
	public List<OverdueAction> overdueActions(String beat, LocalDate today) {
		List<OverdueAction> overdue = new ArrayList<>();
		for (ProblemCase problem : this.cases.ofBeat(beat)) {
			if (!problem.stage().isOpen()) {
				continue;
			}
			for (ResponseAction action : problem.actions()) {
				if (action.isOverdue(today)) {
					overdue.add(new OverdueAction(problem.id(), problem.title(), action.description(),
							action.ownerType().name(), action.ownerRole(), action.serviceRequest(), action.dueOn()));
				}
			}
		}
		overdue.sort(Comparator.comparing(OverdueAction::dueOn).thenComparing(OverdueAction::caseId));
		return overdue;
	}

	@Override
	public List<OverdueAction> overdueActions(String beat) {
		return overdueActions(beat, LocalDate.now(this.clock.withZone(CHICAGO)));
	}

	@Override
	@Transactional
	public Optional<Long> suggest(SuggestedProblem problem) {
		List<BeatDetails> found = beatsOf(problem.beats());
		List<String> numbers = found.stream().map(BeatDetails::beat).toList();
		if (this.cases.openCaseCovers(numbers, problem.category())) {
			return Optional.empty();
		}
		return Optional.of(this.suggestions.offer(CaseSource.parse(problem.source()), problem.sourceReference(),
				found.get(0).district(), numbers, problem.category(), problem.title(), problem.detail()));
	}

	private ProblemCase change(long id, int version, java.util.function.Consumer<ProblemCase> change) {
		ProblemCase problem = get(id);
		if (problem.version() != version) {
			throw CaseChangedElsewhere.of(id);
		}
		change.accept(problem);
		this.cases.save(problem);
		return problem;
	}

	private List<BeatDetails> beatsOf(List<String> numbers) {
		List<BeatDetails> found = new ArrayList<>();
		for (String number : numbers) {
			BeatDetails beat = this.beats.find(number.strip()).orElseThrow(() -> CaseRefused.unknownBeat(number));
			if (found.stream().noneMatch((known) -> known.beat().equals(beat.beat()))) {
				found.add(beat);
			}
		}
		if (found.isEmpty()) {
			throw CaseRefused.unknownBeat("");
		}
		if (found.stream().map(BeatDetails::district).distinct().count() > 1) {
			throw CaseRefused.beatsInSeveralDistricts();
		}
		return found;
	}

	private Instant now() {
		return this.clock.instant();
	}

}
