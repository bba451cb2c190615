package org.beatbridge.crime;

import org.beatbridge.shared.web.ApiProblems;
import org.beatbridge.shared.web.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Why an import job could not be started or found, as problem details.
 */
public final class ImportJobProblems extends ProblemException {

	private ImportJobProblems(ProblemDetail problem) {
		super(problem);
	}

	public static ImportJobProblems emptyUpload() {
		return new ImportJobProblems(ApiProblems.of(HttpStatus.BAD_REQUEST, "empty-upload", "Empty upload",
				"The request body is empty: send the CSV file of the portal's \"Crimes - 2001 to Present\" export as the body."));
	}

	public static ImportJobProblems notAPortalExport(String header) {
		ProblemDetail problem = ApiProblems.of(HttpStatus.BAD_REQUEST, "not-a-portal-export",
				"Not a portal crime export",
				"The body is not a \"Crimes - 2001 to Present\" CSV export: its first line must be the portal's 22-column header (ID,Case Number,Date,...,Location).");
		problem.setProperty("header", (header.length() > 200) ? header.substring(0, 200) + "…" : header);
		return new ImportJobProblems(problem);
	}

	public static ImportJobProblems unknownJob(String id) {
		ProblemDetail problem = ApiProblems.of(HttpStatus.NOT_FOUND, "import-job-not-found", "Import job not found",
				"There is no import job '" + id + "'.");
		problem.setProperty("job", id);
		return new ImportJobProblems(problem);
	}

}
