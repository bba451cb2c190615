package org.beatbridge.meetings.web;

import java.io.IOException;
import java.io.InputStream;

import org.beatbridge.meetings.CalendarImport;
import org.beatbridge.meetings.InvalidCalendar;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * An administrator uploads the CPD community calendar JSON and sees what was imported and
 * what could not be read. The file is small (a year is about 1 MB), so it is imported
 * while the page waits. Identity guards {@code /admin/**}.
 */
@Controller
@RequestMapping("/admin/meetings/calendar")
class CalendarUploadController {

	private final CalendarImport calendar;

	CalendarUploadController(CalendarImport calendar) {
		this.calendar = calendar;
	}

	@GetMapping
	String form() {
		return "meetings/calendar-import";
	}

	@PostMapping
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "meetings.calendar.error.noFile");
			return "meetings/calendar-import";
		}
		try (InputStream json = file.getInputStream()) {
			model.addAttribute("summary", this.calendar.importCalendar(json));
		}
		catch (InvalidCalendar ex) {
			model.addAttribute("fileError", "meetings.calendar.error.invalid");
			model.addAttribute("fileProblem", ex.getMessage());
		}
		return "meetings/calendar-import";
	}

}
