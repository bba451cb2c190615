package org.beatbridge.meetings.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A person who may not prepare or run a meeting is told who may (403), not shown a
 * generic error page.
 */
@ControllerAdvice(
		assignableTypes = { RunMeetingController.class, MeetingFormController.class, MeetingPageController.class })
class MeetingPageErrors {

	@ExceptionHandler(Facilitation.NotAFacilitator.class)
	ModelAndView notAFacilitator(HttpServletResponse response) {
		response.setStatus(403);
		ModelAndView view = new ModelAndView("meetings/not-facilitator");
		view.addObject("status", 403);
		return view;
	}

}
