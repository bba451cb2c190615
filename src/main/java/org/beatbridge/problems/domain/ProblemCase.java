package org.beatbridge.problems.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.beatbridge.problems.ProblemStage;

/**
 * A problem-solving case: the aggregate that keeps the SARA rules. Every change goes
 * through a method that refuses what the case's stage does not allow; every stage change
 * is recorded with who, when and why.
 */
public class ProblemCase {

	private final Long id;

	private final int version;

	private String title;

	private final String district;

	private final List<String> beats;

	private List<String> categories;

	private final CaseSource source;

	private final String sourceReference;

	private ProblemStage stage;

	private String statement;

	private String whyPriority;

	private LocalDate incidentsFrom;

	private LocalDate incidentsTo;

	private Analysis analysis;

	private LocalDate responseStartedOn;

	private final List<ResponseAction> actions;

	private BeforeAfter measure;

	private String residentsAssessment;

	private Outcome outcome;

	private final Long openedBy;

	private final Instant openedAt;

	private Instant closedAt;

	private final List<StageChange> history;

	private final List<StageChange> unsavedChanges = new ArrayList<>();

	ProblemCase(Long id, int version, String title, String district, List<String> beats, List<String> categories,
			CaseSource source, String sourceReference, ProblemStage stage, String statement, String whyPriority,
			LocalDate incidentsFrom, LocalDate incidentsTo, Analysis analysis, LocalDate responseStartedOn,
			List<ResponseAction> actions, BeforeAfter measure, String residentsAssessment, Outcome outcome,
			Long openedBy, Instant openedAt, Instant closedAt, List<StageChange> history) {
		this.id = id;
		this.version = version;
		this.title = title;
		this.district = district;
		this.beats = List.copyOf(beats);
		this.categories = List.copyOf(categories);
		this.source = source;
		this.sourceReference = sourceReference;
		this.stage = stage;
		this.statement = statement;
		this.whyPriority = whyPriority;
		this.incidentsFrom = incidentsFrom;
		this.incidentsTo = incidentsTo;
		this.analysis = (analysis != null) ? analysis : Analysis.NONE;
		this.responseStartedOn = responseStartedOn;
		this.actions = new ArrayList<>(actions);
		this.measure = measure;
		this.residentsAssessment = residentsAssessment;
		this.outcome = outcome;
		this.openedBy = openedBy;
		this.openedAt = openedAt;
		this.closedAt = closedAt;
		this.history = new ArrayList<>(history);
	}

	/**
	 * A new case in scanning.
	 * @param by the account opening it
	 * @param byName how staff pages name who opened it
	 */
	public static ProblemCase open(Scanning scanning, String district, List<String> beats, CaseSource source,
			String sourceReference, Long by, String byName, Instant at) {
		ProblemCase opened = new ProblemCase(null, 0, scanning.title(), district, beats, scanning.categories(), source,
				sourceReference, ProblemStage.SCANNING, scanning.statement(), scanning.whyPriority(),
				scanning.incidentsFrom(), scanning.incidentsTo(), Analysis.NONE, null, List.of(), null, null, null, by,
				at, null, List.of());
		opened.record(new StageChange(null, ProblemStage.SCANNING, by, byName, at, "Opened"));
		return opened;
	}

	/** What scanning records: the problem, why it matters, what it is about. */
	public record Scanning(String title, String statement, String whyPriority, List<String> categories,
			LocalDate incidentsFrom, LocalDate incidentsTo) {

		public Scanning {
			categories = (categories != null) ? List.copyOf(categories) : List.of();
		}

	}

	/** Scanning can still be refined while the problem is being analysed. */
	public void updateScanning(Scanning scanning) {
		requireStage("scanning", ProblemStage.SCANNING, ProblemStage.ANALYSIS);
		this.title = scanning.title();
		this.statement = scanning.statement();
		this.whyPriority = scanning.whyPriority();
		this.categories = scanning.categories();
		this.incidentsFrom = scanning.incidentsFrom();
		this.incidentsTo = scanning.incidentsTo();
	}

	public void recordAnalysis(Analysis recorded) {
		requireStage("analysis", ProblemStage.ANALYSIS);
		this.analysis = recorded;
	}

	public void addAction(ResponseAction action) {
		requireStage("actions", ProblemStage.RESPONSE);
		checkServiceRequest(action);
		this.actions.add(action);
	}

	public void changeActionStatus(long actionId, ActionStatus status) {
		requireStage("actions", ProblemStage.RESPONSE, ProblemStage.ASSESSMENT);
		for (int i = 0; i < this.actions.size(); i++) {
			ResponseAction action = this.actions.get(i);
			if (action.id() != null && action.id() == actionId) {
				this.actions.set(i, action.withStatus(status));
				return;
			}
		}
		throw CaseRefused.unknownAction(actionId);
	}

	/**
	 * Records the assessment: the measure computed from the crime data, what residents
	 * said and the outcome (which may still be empty while the assessment is under way).
	 */
	public void recordAssessment(BeforeAfter measured, String residents, Outcome concluded) {
		requireStage("assessment", ProblemStage.ASSESSMENT);
		this.measure = measured;
		this.residentsAssessment = residents;
		this.outcome = concluded;
	}

	/**
	 * Moves the case to another stage.
	 * @param responseStart the day the response started, for a move to
	 * {@link ProblemStage#RESPONSE}: today when empty, never later than today
	 * @param today the day of the move, in Chicago
	 * @throws CaseRefused when the move is not allowed from here or the case is not ready
	 * for it
	 */
	public void moveTo(ProblemStage target, String reason, Long by, String byName, Instant at, LocalDate today,
			Optional<LocalDate> responseStart) {
		if (!this.stage.canMoveTo(target)) {
			throw CaseRefused.illegalTransition(this.stage, target);
		}
		if (reason == null || reason.isBlank()) {
			throw CaseRefused.reasonMissing();
		}
		if (target == ProblemStage.RESPONSE) {
			if (!this.analysis.isComplete()) {
				throw CaseRefused.analysisMissing();
			}
			LocalDate start = responseStart.orElse(today);
			if (start.isAfter(today)) {
				throw CaseRefused.responseStartInFuture();
			}
			this.responseStartedOn = start;
		}
		if (target == ProblemStage.ASSESSMENT && this.actions.isEmpty()) {
			throw CaseRefused.noActions();
		}
		if (target == ProblemStage.CLOSED) {
			if (this.outcome == null) {
				throw CaseRefused.outcomeMissing();
			}
			this.closedAt = at;
		}
		if (target == ProblemStage.ANALYSIS && this.stage == ProblemStage.ASSESSMENT) {
			// the next assessment measures the next response, not this one
			this.outcome = null;
		}
		record(new StageChange(this.stage, target, by, byName, at, reason.strip()));
		this.stage = target;
	}

	private void record(StageChange change) {
		this.history.add(change);
		this.unsavedChanges.add(change);
	}

	private void requireStage(String what, ProblemStage... allowed) {
		for (ProblemStage one : allowed) {
			if (this.stage == one) {
				return;
			}
		}
		throw CaseRefused.notInStage(what, this.stage);
	}

	private static void checkServiceRequest(ResponseAction action) {
		if (action.ownerType() == OwnerType.CITY_SERVICE
				&& (action.serviceRequest() == null || action.serviceRequest().isBlank())) {
			throw CaseRefused.serviceRequestMissing();
		}
	}

	/** Actions still expected, soonest due first. */
	public List<ResponseAction> nextActions() {
		return this.actions.stream()
			.filter((action) -> action.status().isPending())
			.sorted(java.util.Comparator.comparing(ResponseAction::dueOn))
			.toList();
	}

	public boolean isViolenceReduction() {
		return this.categories.stream().anyMatch(CrimeCategories::isViolent);
	}

	public int actionsDone() {
		return (int) this.actions.stream().filter((action) -> action.status() == ActionStatus.DONE).count();
	}

	List<StageChange> takeUnsavedChanges() {
		List<StageChange> taken = List.copyOf(this.unsavedChanges);
		this.unsavedChanges.clear();
		return taken;
	}

	void storedActions(List<ResponseAction> stored) {
		this.actions.clear();
		this.actions.addAll(stored);
	}

	public Long id() {
		return this.id;
	}

	public int version() {
		return this.version;
	}

	public String title() {
		return this.title;
	}

	public String district() {
		return this.district;
	}

	public List<String> beats() {
		return this.beats;
	}

	public List<String> categories() {
		return this.categories;
	}

	public CaseSource source() {
		return this.source;
	}

	public String sourceReference() {
		return this.sourceReference;
	}

	public ProblemStage stage() {
		return this.stage;
	}

	public String statement() {
		return this.statement;
	}

	public String whyPriority() {
		return this.whyPriority;
	}

	public LocalDate incidentsFrom() {
		return this.incidentsFrom;
	}

	public LocalDate incidentsTo() {
		return this.incidentsTo;
	}

	public Analysis analysis() {
		return this.analysis;
	}

	public LocalDate responseStartedOn() {
		return this.responseStartedOn;
	}

	public List<ResponseAction> actions() {
		return List.copyOf(this.actions);
	}

	public BeforeAfter measure() {
		return this.measure;
	}

	public String residentsAssessment() {
		return this.residentsAssessment;
	}

	public Outcome outcome() {
		return this.outcome;
	}

	public Long openedBy() {
		return this.openedBy;
	}

	public Instant openedAt() {
		return this.openedAt;
	}

	public Instant closedAt() {
		return this.closedAt;
	}

	public List<StageChange> history() {
		return List.copyOf(this.history);
	}

}
