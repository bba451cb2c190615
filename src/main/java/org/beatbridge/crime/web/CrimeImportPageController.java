package org.beatbridge.crime.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.UUID;

import org.beatbridge.crime.CrimeImportJobs;
import org.beatbridge.crime.ImportJob;
import org.beatbridge.crime.ImportJobProblems;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * An administrator uploads the portal's crime export and follows its import. Only
 * administrators reach it: identity guards {@code /admin/**}.
 */
@Controller
@RequestMapping("/admin/crime/imports")
class CrimeImportPageController {

	private final CrimeImportJobs jobs;

	CrimeImportPageController(CrimeImportJobs jobs) {
		this.jobs = jobs;
	}

	@GetMapping
	String form() {
		return "crime/imports";
	}

	@PostMapping
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Authentication caller, Model model)
			throws IOException {
		if (file == null
				|| (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
			model.addAttribute("fileError", "crime.imports.error.noFile");
			return "crime/imports";
		}
		ImportJob job;
		// The part is on disk already (the container spools it); the facade streams it on
		try (InputStream upload = file.getInputStream()) {
			job = this.jobs.start(upload, caller.getName());
		}
		catch (ImportJobProblems ex) {
			URI type = ex.getProblem().getType();
			model.addAttribute("fileError", type.toString().endsWith("/empty-upload") ? "crime.imports.error.empty"
					: "crime.imports.error.notAnExport");
			return "crime/imports";
		}
		return "redirect:/admin/crime/imports/" + job.id();
	}

	@GetMapping("/{id}")
	String job(@PathVariable String id, Model model) {
		model.addAttribute("job", find(id));
		return "crime/import-job";
	}

	/** The part of the job page that htmx polls while the import runs. */
	@GetMapping("/{id}/status")
	String status(@PathVariable String id, Model model) {
		model.addAttribute("job", find(id));
		return "crime/import-job :: status";
	}

	private ImportJob find(String id) {
		UUID uuid;
		try {
			uuid = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return this.jobs.find(uuid).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
