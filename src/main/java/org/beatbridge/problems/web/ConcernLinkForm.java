package org.beatbridge.problems.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * Links a resident's concern to a case by its number ("12" or "#12").
 */
class ConcernLinkForm {

	@NotBlank(message = "{problems.concerns.id.required}")
	@Pattern(regexp = "\\s*#?\\s*\\d{1,15}\\s*", message = "{problems.concerns.id.format}")
	private String concernId;

	public String getConcernId() {
		return this.concernId;
	}

	public void setConcernId(String concernId) {
		this.concernId = concernId;
	}

	long id() {
		return Long.parseLong(this.concernId.replaceAll("[\\s#]", ""));
	}

}
