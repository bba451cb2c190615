package org.beatbridge.concerns.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.beatbridge.concerns.ConcernChangeRefused;
import org.beatbridge.concerns.ConcernNotFound;
import org.beatbridge.concerns.TriageRefused;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the triage pages answer when a whole page cannot be shown: another district's
 * concern (403 with the reason), no such concern (404).
 */
@ControllerAdvice(assignableTypes = { TriageQueueController.class, StaffConcernController.class })
class TriagePageErrors {

	private final MessageSource messages;

	TriagePageErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(TriageRefused.class)
	ModelAndView refused(TriageRefused ex, Locale locale, HttpServletResponse response) {
		response.setStatus(ex.getProblem().getStatus());
		ModelAndView view = new ModelAndView("concerns/triage-refused");
		view.addObject("status", ex.getProblem().getStatus());
		view.addObject("reason", this.messages.getMessage(ex.code(), ex.arguments(), locale));
		return view;
	}

	@ExceptionHandler(ConcernChangeRefused.class)
	ModelAndView notStaff(ConcernChangeRefused ex, Locale locale, HttpServletResponse response) {
		response.setStatus(ex.getProblem().getStatus());
		ModelAndView view = new ModelAndView("concerns/triage-refused");
		view.addObject("status", ex.getProblem().getStatus());
		view.addObject("reason", this.messages.getMessage("triage.error.not-staff", null, locale));
		return view;
	}

	@ExceptionHandler(ConcernNotFound.class)
	ModelAndView notFound(HttpServletResponse response) {
		response.setStatus(404);
		ModelAndView view = new ModelAndView("error/404");
		view.addObject("status", 404);
		return view;
	}

}
