package org.beatbridge.meetings.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.beatbridge.meetings.InvalidMeeting;
import org.beatbridge.meetings.MeetingKind;
import org.beatbridge.meetings.NewMeeting;

/**
 * The schedule form as typed: text fields, turned into a {@link NewMeeting} (or refused
 * naming the field). A series is chosen from the usual CAPS patterns ("2nd Tuesday every
 * other month", read from the first date) or written as an RRULE.
 */
class MeetingForm {

	static final List<String> LANGUAGES = List.of("en", "es", "pl", "zh", "ar");

	static final List<String> REPEATS = List.of("ONCE", "WEEKLY", "MONTHLY_WEEKDAY", "BIMONTHLY_WEEKDAY", "CUSTOM");

	private String beats = "";

	private String title = "";

	private String kind = "IN_PERSON";

	private String place = "";

	private String latitude = "";

	private String longitude = "";

	private String date = "";

	private String startTime = "18:30";

	private String endTime = "19:30";

	private String repeat = "ONCE";

	private String recurrence = "";

	private List<String> languages = new ArrayList<>(List.of("en"));

	private boolean interpretation;

	private String facilitator = "";

	private String officerStar = "";

	private String facilitatorAccount = "";

	static MeetingForm of(NewMeeting meeting) {
		MeetingForm form = new MeetingForm();
		form.beats = String.join(", ", meeting.beats());
		form.title = nullToEmpty(meeting.title());
		form.kind = meeting.kind().name();
		form.place = nullToEmpty(meeting.place());
		form.latitude = (meeting.latitude() != null) ? meeting.latitude().toString() : "";
		form.longitude = (meeting.longitude() != null) ? meeting.longitude().toString() : "";
		form.date = meeting.start().toLocalDate().toString();
		form.startTime = meeting.start().toLocalTime().toString();
		form.endTime = (meeting.end() != null) ? meeting.end().toLocalTime().toString() : "";
		form.repeat = (meeting.recurrence() == null) ? "ONCE" : "CUSTOM";
		form.recurrence = nullToEmpty(meeting.recurrence());
		form.languages = new ArrayList<>(meeting.languages());
		form.interpretation = meeting.interpretation();
		form.facilitator = nullToEmpty(meeting.facilitator());
		form.officerStar = nullToEmpty(meeting.officerStar());
		form.facilitatorAccount = nullToEmpty(meeting.facilitatorAccount());
		return form;
	}

	NewMeeting toMeeting() {
		List<String> beatList = Arrays.stream(this.beats.split("[,;/\\s]+")).filter((b) -> !b.isBlank()).toList();
		MeetingKind meetingKind;
		try {
			meetingKind = MeetingKind.valueOf(this.kind);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw InvalidMeeting.because("kind", "Say whether the meeting is in person, online or hybrid.");
		}
		LocalDate day = RunMeetingController.date("date", this.date);
		if (day == null) {
			throw InvalidMeeting.because("date", "Give the date of the (first) meeting.");
		}
		LocalDateTime start = day.atTime(RunMeetingController.time("startTime", this.startTime));
		LocalDateTime end = day.atTime(RunMeetingController.time("endTime", this.endTime));
		return new NewMeeting(beatList, this.title, meetingKind, this.place, number("latitude", this.latitude),
				number("longitude", this.longitude), start, end, rule(day), this.languages, this.interpretation,
				this.facilitator, this.officerStar, this.facilitatorAccount);
	}

	/** The RRULE of the chosen pattern, read from the first meeting's date. */
	String rule(LocalDate first) {
		String weekday = first.getDayOfWeek().name().substring(0, 2);
		int nth = (first.getDayOfMonth() - 1) / 7 + 1;
		// the 5th weekday does not exist every month: "last" is what organisers mean
		String position = (nth == 5) ? "-1" : Integer.toString(nth);
		switch ((this.repeat != null) ? this.repeat : "ONCE") {
			case "WEEKLY":
				return "FREQ=WEEKLY";
			case "MONTHLY_WEEKDAY":
				return "FREQ=MONTHLY;BYDAY=" + position + weekday;
			case "BIMONTHLY_WEEKDAY":
				return "FREQ=MONTHLY;INTERVAL=2;BYDAY=" + position + weekday;
			case "CUSTOM":
				if (this.recurrence == null || this.recurrence.isBlank()) {
					throw InvalidMeeting.because("recurrence", "Write the recurrence rule, or choose a pattern.");
				}
				return this.recurrence.strip();
			default:
				return null;
		}
	}

	private static Double number(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(value.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			throw InvalidMeeting.because("latitude",
					"Give the point as decimal degrees, such as 41.9836 and -87.6930.");
		}
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

	public String getBeats() {
		return this.beats;
	}

	public void setBeats(String beats) {
		this.beats = beats;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getLatitude() {
		return this.latitude;
	}

	public void setLatitude(String latitude) {
		this.latitude = latitude;
	}

	public String getLongitude() {
		return this.longitude;
	}

	public void setLongitude(String longitude) {
		this.longitude = longitude;
	}

	public String getDate() {
		return this.date;
	}

	public void setDate(String date) {
		this.date = date;
	}

	public String getStartTime() {
		return this.startTime;
	}

	public void setStartTime(String startTime) {
		this.startTime = startTime;
	}

	public String getEndTime() {
		return this.endTime;
	}

	public void setEndTime(String endTime) {
		this.endTime = endTime;
	}

	public String getRepeat() {
		return this.repeat;
	}

	public void setRepeat(String repeat) {
		this.repeat = repeat;
	}

	public String getRecurrence() {
		return this.recurrence;
	}

	public void setRecurrence(String recurrence) {
		this.recurrence = recurrence;
	}

	public List<String> getLanguages() {
		return this.languages;
	}

	public void setLanguages(List<String> languages) {
		this.languages = (languages != null) ? languages : new ArrayList<>();
	}

	public boolean isInterpretation() {
		return this.interpretation;
	}

	public void setInterpretation(boolean interpretation) {
		this.interpretation = interpretation;
	}

	public String getFacilitator() {
		return this.facilitator;
	}

	public void setFacilitator(String facilitator) {
		this.facilitator = facilitator;
	}

	public String getFacilitatorAccount() {
		return this.facilitatorAccount;
	}

	public void setFacilitatorAccount(String facilitatorAccount) {
		this.facilitatorAccount = facilitatorAccount;
	}

	public String getOfficerStar() {
		return this.officerStar;
	}

	public void setOfficerStar(String officerStar) {
		this.officerStar = officerStar;
	}

}
