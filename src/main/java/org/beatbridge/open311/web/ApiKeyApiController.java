package org.beatbridge.open311.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.beatbridge.open311.ApiKeyView;
import org.beatbridge.open311.ApiKeys;
import org.beatbridge.open311.IssuedApiKey;
import org.beatbridge.shared.web.ApiProblems;
import org.beatbridge.shared.web.JsonApi;
import org.beatbridge.shared.web.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * Administrators issue, list and revoke Open311 API keys ({@code /api/v1/admin/**} is
 * theirs alone, by identity's rules). The key is in the answer to its issue only.
 */
@JsonApi("/api/v1/admin/open311-keys")
@Tag(name = "Open311 API keys", description = "Keys third-party apps report concerns with (administrators only)")
class ApiKeyApiController {

	private final ApiKeys keys;

	ApiKeyApiController(ApiKeys keys) {
		this.keys = keys;
	}

	@PostMapping
	@Operation(summary = "Issue a key; the answer's apiKey is shown this once")
	ResponseEntity<IssuedKey> issue(@RequestBody(required = false) KeyRequest request, Authentication caller) {
		KeyRequest asked = (request != null) ? request : new KeyRequest(null, null, null);
		String name = (asked.name() != null) ? asked.name() : "Open311 key issued " + LocalDate.now();
		String owner = (asked.owner() != null) ? asked.owner() : caller.getName();
		IssuedApiKey issued = this.keys.issue(name, owner, asked.submissionsPerHour(), caller.getName());
		ApiKeyView key = issued.key();
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new IssuedKey(issued.apiKey(), key.id(), key.name(), key.owner(), key.prefix(),
					key.submissionsPerHour()));
	}

	@GetMapping
	@Operation(summary = "Every key, newest first, without the keys themselves")
	List<ApiKeyView> all() {
		return this.keys.all();
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Revoke a key: it stops working at once")
	ResponseEntity<Void> revoke(@PathVariable long id, Authentication caller) {
		if (!this.keys.revoke(id, caller.getName())) {
			throw new ProblemException(ApiProblems.of(HttpStatus.NOT_FOUND, "open311-key-not-found",
					"API key not found", "There is no Open311 API key " + id + "."));
		}
		return ResponseEntity.noContent().build();
	}

	/**
	 * @param name what the key is for ("Chicago 311 app"); a dated name when absent
	 * @param owner who holds it; the administrator when absent
	 * @param submissionsPerHour the key's limit; the configured default when absent
	 */
	record KeyRequest(String name, String owner, Integer submissionsPerHour) {

	}

	record IssuedKey(String apiKey, long id, String name, String owner, String prefix, int submissionsPerHour) {

	}

}
