package org.beatbridge.crime;

import org.beatbridge.shared.web.ApiProblems;
import org.beatbridge.shared.web.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;

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

	public static ImportJobProblems uploadTooLarge(DataSize limit) {
		ProblemDetail problem = ApiProblems.of(HttpStatus.CONTENT_TOO_LARGE, "upload-too-large", "Upload too large",
				"The body is larger than the " + describe(limit) + " this server accepts for one import. "
						+ "Split the export (by year, say) and upload the parts one after the other: "
						+ "importing them in any order gives the same result.");
		problem.setProperty("limitBytes", limit.toBytes());
		return new ImportJobProblems(problem);
	}

	private static String describe(DataSize size) {
		long megabytes = size.toMegabytes();
		return (megabytes > 0 && DataSize.ofMegabytes(megabytes).equals(size)) ? megabytes + " MB"
				: size.toBytes() + " bytes";
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
