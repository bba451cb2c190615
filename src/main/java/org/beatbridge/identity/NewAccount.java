package org.beatbridge.identity;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The command to create an account. Residents sign up with their email as username; staff
 * accounts are created by an administrator (command line) and may have no email.
 *
 * @param password the chosen password in clear; checked against the password policy, then
 * only its hash is kept
 * @param starNumber officers only: the star (badge) number
 * @param district officers and supervisors: the district number
 * @param beats officers: the assigned 4-digit beat numbers
 */
public record NewAccount(
		@NotBlank(message = "{identity.username.required}") @Pattern(regexp = "[\\p{L}\\p{N}._@+-]{3,100}",
				message = "{identity.username.format}") String username,
		@Email(message = "{identity.email.format}") @Size(max = 254, message = "{identity.email.format}") String email,
		@Size(max = 100, message = "{identity.displayName.size}") String displayName,
		@NotNull(message = "{identity.password.required}") String password,
		@NotEmpty(message = "{identity.role.required}") Set<@NotNull Role> roles,
		@Pattern(regexp = "[0-9A-Za-z-]{1,10}", message = "{identity.star.format}") String starNumber,
		@Min(value = 1, message = "{identity.district.range}") @Max(value = 31,
				message = "{identity.district.range}") Integer district,
		List<@Pattern(regexp = "[0-9]{4}", message = "{identity.beat.format}") String> beats) {

	public NewAccount {
		roles = (roles != null) ? Set.copyOf(roles) : Set.of();
		beats = (beats != null) ? List.copyOf(beats) : List.of();
	}

	/** A resident signing up on the web: the email is the username. */
	public static NewAccount resident(String email, String displayName, String password) {
		return new NewAccount(email, email, displayName, password, Set.of(Role.RESIDENT), null, null, List.of());
	}

	/** Never print the password, not even in a debug log. */
	@Override
	public String toString() {
		return "NewAccount[username=" + this.username + ", roles=" + this.roles + "]";
	}

}
