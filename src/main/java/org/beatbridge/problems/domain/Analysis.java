package org.beatbridge.problems.domain;

/**
 * The problem analysis triangle (offender, victim or target, place) with the people who
 * can act on each side (handler, guardian, manager), the hypotheses and the data looked
 * at.
 */
public record Analysis(String offender, String victimTarget, String place, String handler, String guardian,
		String manager, String hypotheses, String dataExamined) {

	public static final Analysis NONE = new Analysis(null, null, null, null, null, null, null, null);

	/**
	 * Enough to plan a response: all three sides of the triangle, at least one of the
	 * people who can act on them, a hypothesis and the data looked at.
	 */
	public boolean isComplete() {
		return present(this.offender) && present(this.victimTarget) && present(this.place)
				&& (present(this.handler) || present(this.guardian) || present(this.manager))
				&& present(this.hypotheses) && present(this.dataExamined);
	}

	private static boolean present(String text) {
		return text != null && !text.isBlank();
	}

}
