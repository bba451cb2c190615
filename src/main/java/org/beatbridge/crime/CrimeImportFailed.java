package org.beatbridge.crime;

/**
 * An import that could not run to its end: nothing of it was kept.
 */
public class CrimeImportFailed extends RuntimeException {

	private CrimeImportFailed(String message, Throwable cause) {
		super(message, cause);
	}

	public static CrimeImportFailed notAPortalExport(String header) {
		return new CrimeImportFailed("Not a Crimes - 2001 to Present CSV export: the header is '" + header + "'", null);
	}

	public static CrimeImportFailed unreadable(long line, Throwable cause) {
		return new CrimeImportFailed(
				"The file could not be read at line " + line + ": " + cause.getMessage() + ". Nothing was imported.",
				cause);
	}

}
