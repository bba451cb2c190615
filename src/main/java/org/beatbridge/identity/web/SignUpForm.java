package org.beatbridge.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a resident types to sign up. The password rules themselves are checked by the
 * password policy, so the message can explain what is wrong with this password.
 */
class SignUpForm {

	@NotBlank(message = "{identity.email.required}")
	@Email(message = "{identity.email.format}")
	@Size(max = 254, message = "{identity.email.format}")
	private String email;

	@Size(max = 100, message = "{identity.displayName.size}")
	private String displayName;

	@NotBlank(message = "{identity.password.required}")
	private String password;

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = (email != null) ? email.trim() : null;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
