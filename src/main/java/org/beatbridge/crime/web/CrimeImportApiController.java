package org.beatbridge.crime.web;

import java.io.IOException;
import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.beatbridge.crime.CrimeImportJobs;
import org.beatbridge.crime.CrimeImportSettings;
import org.beatbridge.crime.CrimeProblems;
import org.beatbridge.crime.ImportJob;
import org.beatbridge.crime.ImportJobProblems;
import org.beatbridge.shared.web.JsonApi;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Crime imports over the API: the body is the portal's CSV export, streamed to disk; the
 * import runs in the background and the caller polls the job.
 */
@JsonApi("/api/v1/crime/imports")
@Tag(name = "Crime imports", description = "Upload a Crimes - 2001 to Present CSV export and follow its import")
class CrimeImportApiController {

	private final CrimeImportJobs jobs;

	private final DataSize maxUploadSize;

	CrimeImportApiController(CrimeImportJobs jobs, CrimeImportSettings settings) {
		this.jobs = jobs;
		this.maxUploadSize = settings.maxUploadSize();
	}

	@PostMapping
	@Operation(summary = "Start importing the CSV sent as the request body (text/csv); poll the job at Location")
	@ApiResponse(responseCode = "413", description = "The body is larger than beatbridge.crime.imports.max-upload-size")
	ResponseEntity<ImportJob> start(HttpServletRequest request, Authentication caller) throws IOException {
		// a declared length is refused before reading; a chunked body when it passes the
		// limit
		if (request.getContentLengthLong() > this.maxUploadSize.toBytes()) {
			throw ImportJobProblems.uploadTooLarge(this.maxUploadSize);
		}
		ImportJob job = this.jobs.start(new LimitedUpload(request.getInputStream(), this.maxUploadSize),
				caller.getName());
		return ResponseEntity.accepted().location(URI.create("/api/v1/crime/imports/" + job.id())).body(job);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Status, rows read so far and, once done, the summary with the rejected rows")
	ImportJob job(@PathVariable String id) {
		UUID uuid = parse(id);
		return this.jobs.find(uuid).orElseThrow(() -> ImportJobProblems.unknownJob(id));
	}

	private static UUID parse(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw CrimeProblems.invalidParameter("id", "Parameter 'id' must be an import job id (a UUID).");
		}
	}

}
