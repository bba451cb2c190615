package org.beatbridge.problems.web;

import java.util.List;

/**
 * A district's plan: its priority problems (the open cases, then those closed), and
 * whether it has the one violence-reduction and one non-violent priority CPD district
 * planning asks for.
 */
record DistrictPlan(List<PublicCase> priorities, List<PublicCase> completed, boolean hasViolenceReduction,
		boolean hasNonViolent) {

	static DistrictPlan of(List<PublicCase> cases) {
		List<PublicCase> open = cases.stream().filter(PublicCase::isOpen).toList();
		return new DistrictPlan(open, cases.stream().filter((c) -> !c.isOpen()).toList(),
				open.stream().anyMatch(PublicCase::violenceReduction),
				open.stream().anyMatch((c) -> !c.violenceReduction()));
	}

	public boolean isBalanced() {
		return this.hasViolenceReduction && this.hasNonViolent;
	}

}
