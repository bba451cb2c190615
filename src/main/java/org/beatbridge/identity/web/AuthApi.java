package org.beatbridge.identity.web;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.beatbridge.identity.AccountView;
import org.beatbridge.identity.Accounts;
import org.beatbridge.identity.CurrentAccount;
import org.beatbridge.identity.IdentitySettings;
import org.beatbridge.identity.IssuedToken;
import org.beatbridge.identity.Role;
import org.beatbridge.identity.domain.ApiTokens;
import org.beatbridge.identity.domain.PasswordSignIn;
import org.beatbridge.shared.web.ApiProblems;
import org.beatbridge.shared.web.JsonApi;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Bearer tokens for the JSON API: exchange a username and password for a token, revoke
 * it, and ask who it belongs to.
 */
@JsonApi("/api/v1/auth")
class AuthApi {

	private final PasswordSignIn signIn;

	private final ApiTokens tokens;

	private final Accounts accounts;

	private final IdentitySettings settings;

	AuthApi(PasswordSignIn signIn, ApiTokens tokens, Accounts accounts, IdentitySettings settings) {
		this.signIn = signIn;
		this.tokens = tokens;
		this.accounts = accounts;
		this.settings = settings;
	}

	record TokenRequest(@NotBlank(message = "is required") String username,
			@NotBlank(message = "is required") String password) {

		@Override
		public String toString() {
			return "TokenRequest[username=" + this.username + "]";
		}

	}

	record Me(String username, String displayName, String email, Set<Role> roles, String starNumber, Integer district,
			List<String> beats) {

		static Me of(AccountView account) {
			var officer = account.officer();
			return new Me(account.username(), account.displayName(), account.email(), account.roles(),
					(officer != null) ? officer.starNumber() : null, (officer != null) ? officer.district() : null,
					(officer != null) ? officer.beats() : List.of());
		}

	}

	@PostMapping("/token")
	IssuedToken issue(@Valid @RequestBody TokenRequest request) {
		return this.tokens.issue(this.signIn.signIn(request.username(), request.password()));
	}

	@DeleteMapping("/token")
	ResponseEntity<Void> revoke(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
		this.tokens.revoke(authorization.substring("Bearer ".length()).trim());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/me")
	Me me(@AuthenticationPrincipal CurrentAccount current) {
		return this.accounts.findByUsername(current.username())
			.map(Me::of)
			.orElseThrow(() -> new DisabledException("Account no longer exists"));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
		return ResponseEntity.badRequest()
			.body(ApiProblems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
					"The request body must be JSON like {\"username\": \"...\", \"password\": \"...\"}."));
	}

	@ExceptionHandler(LockedException.class)
	ResponseEntity<ProblemDetail> locked(LockedException ex) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(this.settings.lockout().toSeconds()))
			.body(ApiProblems.of(HttpStatus.TOO_MANY_REQUESTS, "sign-in-locked", "Too many failed sign-ins",
					"Too many failed sign-ins for this username. Wait " + this.settings.lockout().toMinutes()
							+ " minutes, then try again."));
	}

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<ProblemDetail> badCredentials(AuthenticationException ex) {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
			.body(ApiProblems.of(HttpStatus.UNAUTHORIZED, "bad-credentials", "Sign-in failed",
					"The username or password is not correct."));
	}

}
