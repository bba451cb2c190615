package org.beatbridge.concerns.web;

import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.beatbridge.identity.CurrentAccount;

/**
 * Who is saying "me too": the account when signed in, otherwise a random key kept in a
 * cookie of this browser (no address, no fingerprint). Only a keyed hash of it is stored.
 */
final class ClientKeys {

	static final String SUPPORTER_COOKIE = "bb_supporter";

	private static final SecureRandom RANDOM = new SecureRandom();

	private ClientKeys() {
	}

	static String supporter(CurrentAccount account, HttpServletRequest request, HttpServletResponse response) {
		if (account != null) {
			return "account:" + account.id();
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (SUPPORTER_COOKIE.equals(cookie.getName()) && cookie.getValue().matches("[A-Za-z0-9_-]{22}")) {
					return "browser:" + cookie.getValue();
				}
			}
		}
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Cookie cookie = new Cookie(SUPPORTER_COOKIE, key);
		cookie.setHttpOnly(true);
		cookie.setPath("/concerns");
		cookie.setMaxAge(60 * 60 * 24 * 365);
		cookie.setSecure(request.isSecure());
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
		return "browser:" + key;
	}

}
