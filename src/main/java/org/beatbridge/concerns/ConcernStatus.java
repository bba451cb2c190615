package org.beatbridge.concerns;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a concern stands. The allowed transitions live here, so no caller can skip the
 * rules: a concern is acknowledged, worked on or referred to a city service, and ends
 * resolved or not actionable; an ended concern can be reopened.
 */
public enum ConcernStatus {

	/** Reported, nobody has looked at it yet. */
	OPEN,

	/** An officer has read it and will bring it to the beat. */
	ACKNOWLEDGED,

	/** Somebody is working on it. */
	IN_PROGRESS,

	/** Handed to a city service (streets and sanitation, buildings...). */
	REFERRED,

	/** Dealt with. */
	RESOLVED,

	/** Closed without action: not police business, not enough to act on, a duplicate. */
	NOT_ACTIONABLE;

	/**
	 * Whether a concern in this status may move to {@code next}; staying in the same
	 * status is not a transition.
	 */
	public boolean canTransitionTo(ConcernStatus next) {
		return next != null && next != this && successors().contains(next);
	}

	/**
	 * The statuses a concern may move to from this one.
	 */
	public Set<ConcernStatus> successors() {
		switch (this) {
			case OPEN:
				return EnumSet.of(ACKNOWLEDGED, IN_PROGRESS, REFERRED, RESOLVED, NOT_ACTIONABLE);
			case ACKNOWLEDGED:
				return EnumSet.of(IN_PROGRESS, REFERRED, RESOLVED, NOT_ACTIONABLE);
			case IN_PROGRESS:
				return EnumSet.of(ACKNOWLEDGED, REFERRED, RESOLVED, NOT_ACTIONABLE);
			case REFERRED:
				return EnumSet.of(IN_PROGRESS, RESOLVED, NOT_ACTIONABLE);
			case RESOLVED:
			case NOT_ACTIONABLE:
				return EnumSet.of(OPEN);
			default:
				return EnumSet.noneOf(ConcernStatus.class);
		}
	}

	/**
	 * Whether the concern still needs work (Open311's {@code open}); resolved and not
	 * actionable concerns are {@code closed}.
	 */
	public boolean isOpen() {
		return this != RESOLVED && this != NOT_ACTIONABLE;
	}

	/**
	 * The statuses that still need work.
	 */
	public static Set<ConcernStatus> open() {
		return EnumSet.of(OPEN, ACKNOWLEDGED, IN_PROGRESS, REFERRED);
	}

}
