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

	/**
	 * The category rules were edited while files were imported in a row: the next file
	 * was read with the old ones.
	 */
	public static CrimeImportFailed rulesChanged(String file) {
		return new CrimeImportFailed("The category rules changed while " + file
				+ " was read; nothing of it was imported. Import it and the files after it again.", null);
	}

}
