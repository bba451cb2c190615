package org.beatbridge.meetings.web;

import java.util.Locale;

import org.beatbridge.meetings.InvalidMeeting;

import org.springframework.context.MessageSource;

/**
 * A refused form, shown beside the field at fault: which form (a page may have several),
 * which field and the message in the reader's language.
 */
record FormError(String form, String field, String message) {

	static FormError of(String form, InvalidMeeting ex, MessageSource messages, Locale locale) {
		String general = messages.getMessage("meetings.invalid." + ex.field(), null, ex.getProblem().getDetail(),
				locale);
		String message = messages.getMessage("meetings.invalid." + ex.field() + "." + ex.reason(), ex.arguments(),
				general, locale);
		return new FormError(form, ex.field(), message);
	}

	public boolean is(String form, String field) {
		return this.form.equals(form) && this.field.equals(field);
	}

	public boolean in(String form) {
		return this.form.equals(form);
	}

}
