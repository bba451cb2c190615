package org.beatbridge.concerns.web;

import jakarta.servlet.http.HttpServletResponse;
import org.beatbridge.concerns.ConcernChangeRefused;
import org.beatbridge.concerns.ConcernNotFound;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of the concern pages become the site's friendly pages with the right status,
 * never a 500.
 */
@ControllerAdvice(assignableTypes = { ReportConcernController.class, ConcernPagesController.class })
class ConcernPageErrors {

	@ExceptionHandler(ConcernNotFound.class)
	ModelAndView notFound(HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		ModelAndView view = new ModelAndView("error/404");
		view.addObject("status", 404);
		return view;
	}

	@ExceptionHandler(ConcernChangeRefused.class)
	ModelAndView refused(ConcernChangeRefused ex, HttpServletResponse response) {
		response.setStatus(ex.getProblem().getStatus());
		ModelAndView view = new ModelAndView("error/4xx");
		view.addObject("status", ex.getProblem().getStatus());
		return view;
	}

}
