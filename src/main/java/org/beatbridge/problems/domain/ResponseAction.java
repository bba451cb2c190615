package org.beatbridge.problems.domain;

import java.time.LocalDate;

/**
 * One action of a response plan.
 *
 * @param id its id, {@code null} until stored
 * @param ownerRole the owner's role, shown publicly ("Beat officer", "Block club")
 * @param ownerName the owner's name, shown publicly only when {@code ownerNamePublic}
 * @param ownerNamePublic the person agreed to be named on public pages
 * @param serviceRequest the 311 service request number; required for a city service
 */
public record ResponseAction(Long id, String description, OwnerType ownerType, String ownerRole, String ownerName,
		boolean ownerNamePublic, String serviceRequest, LocalDate dueOn, ActionStatus status) {

	public boolean isOverdue(LocalDate today) {
		return this.status.isPending() && this.dueOn.isBefore(today);
	}

	/** The name shown to the public: only with the person's agreement. */
	public String publicName() {
		return (this.ownerNamePublic && this.ownerName != null && !this.ownerName.isBlank()) ? this.ownerName : null;
	}

	ResponseAction withStatus(ActionStatus changed) {
		return new ResponseAction(this.id, this.description, this.ownerType, this.ownerRole, this.ownerName,
				this.ownerNamePublic, this.serviceRequest, this.dueOn, changed);
	}

	ResponseAction withId(long stored) {
		return new ResponseAction(stored, this.description, this.ownerType, this.ownerRole, this.ownerName,
				this.ownerNamePublic, this.serviceRequest, this.dueOn, this.status);
	}

}
