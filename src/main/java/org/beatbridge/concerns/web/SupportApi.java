package org.beatbridge.concerns.web;

import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.beatbridge.concerns.ConcernId;
import org.beatbridge.concerns.ConcernNotFound;
import org.beatbridge.concerns.Concerns;
import org.beatbridge.concerns.Support;
import org.beatbridge.concerns.SupportLimits;
import org.beatbridge.concerns.TooManySupports;
import org.beatbridge.identity.CurrentAccount;
import org.beatbridge.shared.web.JsonApi;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Me too" for apps: with a resident's bearer token it counts once per account; without
 * one, once per client address and concern within the window (no cookie to remember a
 * browser by). Limited per client like the page (decision 0707): over the limit a 429
 * problem with {@code Retry-After}.
 */
@JsonApi("/api/v1/concerns")
class SupportApi {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Concerns concerns;

	private final SupportLimits limits;

	SupportApi(Concerns concerns, SupportLimits limits) {
		this.concerns = concerns;
		this.limits = limits;
	}

	@PostMapping("/{id}/me-too")
	SupportAnswer meToo(@PathVariable String id, @AuthenticationPrincipal CurrentAccount account,
			HttpServletRequest request, HttpServletResponse response) {
		ConcernId concernId = ConcernId.parse(id).orElseThrow(() -> ConcernNotFound.forId(new ConcernId(0)));
		this.concerns.find(concernId).orElseThrow(() -> ConcernNotFound.forId(concernId));
		try {
			this.limits.consume(request.getRemoteAddr(), (account != null) ? account.id() : null);
		}
		catch (TooManySupports ex) {
			response.setHeader("Retry-After", Long.toString(ex.retryAfter().toSeconds()));
			throw ex;
		}
		Support support = (account != null) ? this.concerns.meToo(concernId, "account:" + account.id(), null)
				: this.concerns.meToo(concernId, oneTimeKey(), request.getRemoteAddr());
		return new SupportAnswer(concernId.toString(), support.count(), support.counted());
	}

	// Without an account or cookie the address window is what counts a client once
	private static String oneTimeKey() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return "request:" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * @param counted {@code false} when this account or client had already said "me too"
	 */
	record SupportAnswer(String id, int supportCount, boolean counted) {

	}

}
