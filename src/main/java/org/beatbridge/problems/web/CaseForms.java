package org.beatbridge.problems.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.beatbridge.problems.ProblemStage;
import org.beatbridge.problems.domain.ActionStatus;
import org.beatbridge.problems.domain.Analysis;
import org.beatbridge.problems.domain.Outcome;
import org.beatbridge.problems.domain.OwnerType;
import org.beatbridge.problems.domain.ProblemCase;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The forms of the case pages. Each carries the version of the case it was filled in
 * against, so a change made meanwhile by someone else is detected.
 */
final class CaseForms {

	private CaseForms() {
	}

	static String trimmed(String text) {
		if (text == null) {
			return null;
		}
		String stripped = text.strip();
		return stripped.isEmpty() ? null : stripped;
	}

	abstract static class Versioned {

		private int version;

		public int getVersion() {
			return this.version;
		}

		public void setVersion(int version) {
			this.version = version;
		}

	}

	static class OpenForm {

		@NotBlank(message = "{problems.title.required}")
		@Size(max = 120, message = "{problems.title.size}")
		private String title;

		@NotBlank(message = "{problems.statement.required}")
		@Size(max = 4000, message = "{problems.text.size}")
		private String statement;

		@Size(max = 4000, message = "{problems.text.size}")
		private String whyPriority;

		@NotBlank(message = "{problems.beats.required}")
		@Pattern(regexp = "\\s*\\d{3,4}(\\s*[,; ]\\s*\\d{3,4})*\\s*", message = "{problems.beats.format}")
		private String beats;

		private List<String> categories = new ArrayList<>();

		private Long suggestion;

		/** Concerns of the cluster the case is opened from. */
		private List<Long> concerns = new ArrayList<>();

		List<String> beatList() {
			List<String> list = new ArrayList<>();
			for (String one : this.beats.split("[,; ]+")) {
				if (!one.isBlank()) {
					list.add(one.strip());
				}
			}
			return list;
		}

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = trimmed(title);
		}

		public String getStatement() {
			return this.statement;
		}

		public void setStatement(String statement) {
			this.statement = trimmed(statement);
		}

		public String getWhyPriority() {
			return this.whyPriority;
		}

		public void setWhyPriority(String whyPriority) {
			this.whyPriority = trimmed(whyPriority);
		}

		public String getBeats() {
			return this.beats;
		}

		public void setBeats(String beats) {
			this.beats = beats;
		}

		public List<String> getCategories() {
			return this.categories;
		}

		public void setCategories(List<String> categories) {
			this.categories = (categories != null) ? categories : new ArrayList<>();
		}

		public Long getSuggestion() {
			return this.suggestion;
		}

		public void setSuggestion(Long suggestion) {
			this.suggestion = suggestion;
		}

		public List<Long> getConcerns() {
			return this.concerns;
		}

		public void setConcerns(List<Long> concerns) {
			this.concerns = (concerns != null) ? concerns : new ArrayList<>();
		}

	}

	static class ScanningForm extends Versioned {

		@NotBlank(message = "{problems.title.required}")
		@Size(max = 120, message = "{problems.title.size}")
		private String title;

		@NotBlank(message = "{problems.statement.required}")
		@Size(max = 4000, message = "{problems.text.size}")
		private String statement;

		@Size(max = 4000, message = "{problems.text.size}")
		private String whyPriority;

		private List<String> categories = new ArrayList<>();

		@DateTimeFormat(iso = ISO.DATE)
		private LocalDate incidentsFrom;

		@DateTimeFormat(iso = ISO.DATE)
		private LocalDate incidentsTo;

		static ScanningForm of(ProblemCase problem) {
			ScanningForm form = new ScanningForm();
			form.setVersion(problem.version());
			form.title = problem.title();
			form.statement = problem.statement();
			form.whyPriority = problem.whyPriority();
			form.categories = new ArrayList<>(problem.categories());
			form.incidentsFrom = problem.incidentsFrom();
			form.incidentsTo = problem.incidentsTo();
			return form;
		}

		ProblemCase.Scanning toScanning() {
			return new ProblemCase.Scanning(this.title, this.statement, this.whyPriority, this.categories,
					this.incidentsFrom, this.incidentsTo);
		}

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = trimmed(title);
		}

		public String getStatement() {
			return this.statement;
		}

		public void setStatement(String statement) {
			this.statement = trimmed(statement);
		}

		public String getWhyPriority() {
			return this.whyPriority;
		}

		public void setWhyPriority(String whyPriority) {
			this.whyPriority = trimmed(whyPriority);
		}

		public List<String> getCategories() {
			return this.categories;
		}

		public void setCategories(List<String> categories) {
			this.categories = (categories != null) ? categories : new ArrayList<>();
		}

		public LocalDate getIncidentsFrom() {
			return this.incidentsFrom;
		}

		public void setIncidentsFrom(LocalDate incidentsFrom) {
			this.incidentsFrom = incidentsFrom;
		}

		public LocalDate getIncidentsTo() {
			return this.incidentsTo;
		}

		public void setIncidentsTo(LocalDate incidentsTo) {
			this.incidentsTo = incidentsTo;
		}

	}

	static class AnalysisForm extends Versioned {

		@Size(max = 2000, message = "{problems.text.size}")
		private String offender;

		@Size(max = 2000, message = "{problems.text.size}")
		private String victimTarget;

		@Size(max = 2000, message = "{problems.text.size}")
		private String place;

		@Size(max = 2000, message = "{problems.text.size}")
		private String handler;

		@Size(max = 2000, message = "{problems.text.size}")
		private String guardian;

		@Size(max = 2000, message = "{problems.text.size}")
		private String manager;

		@Size(max = 4000, message = "{problems.text.size}")
		private String hypotheses;

		@Size(max = 4000, message = "{problems.text.size}")
		private String dataExamined;

		static AnalysisForm of(ProblemCase problem) {
			Analysis analysis = problem.analysis();
			AnalysisForm form = new AnalysisForm();
			form.setVersion(problem.version());
			form.offender = analysis.offender();
			form.victimTarget = analysis.victimTarget();
			form.place = analysis.place();
			form.handler = analysis.handler();
			form.guardian = analysis.guardian();
			form.manager = analysis.manager();
			form.hypotheses = analysis.hypotheses();
			form.dataExamined = analysis.dataExamined();
			return form;
		}

		Analysis toAnalysis() {
			return new Analysis(this.offender, this.victimTarget, this.place, this.handler, this.guardian, this.manager,
					this.hypotheses, this.dataExamined);
		}

		public String getOffender() {
			return this.offender;
		}

		public void setOffender(String offender) {
			this.offender = trimmed(offender);
		}

		public String getVictimTarget() {
			return this.victimTarget;
		}

		public void setVictimTarget(String victimTarget) {
			this.victimTarget = trimmed(victimTarget);
		}

		public String getPlace() {
			return this.place;
		}

		public void setPlace(String place) {
			this.place = trimmed(place);
		}

		public String getHandler() {
			return this.handler;
		}

		public void setHandler(String handler) {
			this.handler = trimmed(handler);
		}

		public String getGuardian() {
			return this.guardian;
		}

		public void setGuardian(String guardian) {
			this.guardian = trimmed(guardian);
		}

		public String getManager() {
			return this.manager;
		}

		public void setManager(String manager) {
			this.manager = trimmed(manager);
		}

		public String getHypotheses() {
			return this.hypotheses;
		}

		public void setHypotheses(String hypotheses) {
			this.hypotheses = trimmed(hypotheses);
		}

		public String getDataExamined() {
			return this.dataExamined;
		}

		public void setDataExamined(String dataExamined) {
			this.dataExamined = trimmed(dataExamined);
		}

	}

	static class ActionForm extends Versioned {

		@NotBlank(message = "{problems.action.description.required}")
		@Size(max = 1000, message = "{problems.text.size}")
		private String description;

		@NotNull(message = "{problems.action.ownerType.required}")
		private OwnerType ownerType;

		@NotBlank(message = "{problems.action.ownerRole.required}")
		@Size(max = 120, message = "{problems.title.size}")
		private String ownerRole;

		@Size(max = 120, message = "{problems.title.size}")
		private String ownerName;

		private boolean ownerNamePublic;

		@Pattern(regexp = "[A-Za-z0-9-]{4,30}", message = "{problems.action.serviceRequest.format}")
		private String serviceRequest;

		@NotNull(message = "{problems.action.dueOn.required}")
		@DateTimeFormat(iso = ISO.DATE)
		private LocalDate dueOn;

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = trimmed(description);
		}

		public OwnerType getOwnerType() {
			return this.ownerType;
		}

		public void setOwnerType(OwnerType ownerType) {
			this.ownerType = ownerType;
		}

		public String getOwnerRole() {
			return this.ownerRole;
		}

		public void setOwnerRole(String ownerRole) {
			this.ownerRole = trimmed(ownerRole);
		}

		public String getOwnerName() {
			return this.ownerName;
		}

		public void setOwnerName(String ownerName) {
			this.ownerName = trimmed(ownerName);
		}

		public boolean isOwnerNamePublic() {
			return this.ownerNamePublic;
		}

		public void setOwnerNamePublic(boolean ownerNamePublic) {
			this.ownerNamePublic = ownerNamePublic;
		}

		public String getServiceRequest() {
			return this.serviceRequest;
		}

		public void setServiceRequest(String serviceRequest) {
			this.serviceRequest = trimmed(serviceRequest);
		}

		public LocalDate getDueOn() {
			return this.dueOn;
		}

		public void setDueOn(LocalDate dueOn) {
			this.dueOn = dueOn;
		}

	}

	static class StatusForm extends Versioned {

		@NotNull(message = "{problems.action.status.required}")
		private ActionStatus status;

		public ActionStatus getStatus() {
			return this.status;
		}

		public void setStatus(ActionStatus status) {
			this.status = status;
		}

	}

	static class AssessmentForm extends Versioned {

		@Min(value = 1, message = "{problems.assessment.weeks.range}")
		@Max(value = 52, message = "{problems.assessment.weeks.range}")
		private int weeks = 8;

		@Size(max = 4000, message = "{problems.text.size}")
		private String residentsAssessment;

		private Outcome outcome;

		static AssessmentForm of(ProblemCase problem) {
			AssessmentForm form = new AssessmentForm();
			form.setVersion(problem.version());
			if (problem.measure() != null && problem.measure().weeks() > 0) {
				form.weeks = problem.measure().weeks();
			}
			form.residentsAssessment = problem.residentsAssessment();
			form.outcome = problem.outcome();
			return form;
		}

		public int getWeeks() {
			return this.weeks;
		}

		public void setWeeks(int weeks) {
			this.weeks = weeks;
		}

		public String getResidentsAssessment() {
			return this.residentsAssessment;
		}

		public void setResidentsAssessment(String residentsAssessment) {
			this.residentsAssessment = trimmed(residentsAssessment);
		}

		public Outcome getOutcome() {
			return this.outcome;
		}

		public void setOutcome(Outcome outcome) {
			this.outcome = outcome;
		}

	}

	static class StageForm extends Versioned {

		@NotNull(message = "{problems.stage.target.required}")
		private ProblemStage target;

		@NotBlank(message = "{problems.refused.reason}")
		@Size(max = 2000, message = "{problems.text.size}")
		private String reason;

		@DateTimeFormat(iso = ISO.DATE)
		private LocalDate responseStartedOn;

		public ProblemStage getTarget() {
			return this.target;
		}

		public void setTarget(ProblemStage target) {
			this.target = target;
		}

		public String getReason() {
			return this.reason;
		}

		public void setReason(String reason) {
			this.reason = trimmed(reason);
		}

		public LocalDate getResponseStartedOn() {
			return this.responseStartedOn;
		}

		public void setResponseStartedOn(LocalDate responseStartedOn) {
			this.responseStartedOn = responseStartedOn;
		}

	}

}
