package org.beatbridge.identity.web;

import org.beatbridge.identity.IdentitySettings;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page; Spring Security's form login handles the POST, and the page shows why
 * a sign-in failed from the query ({@code ?error}, {@code ?locked}, ...).
 */
@Controller
class SignInController {

	private final IdentitySettings settings;

	SignInController(IdentitySettings settings) {
		this.settings = settings;
	}

	@GetMapping("/login")
	String signIn(Model model) {
		model.addAttribute("lockoutMinutes", this.settings.lockout().toMinutes());
		return "identity/login";
	}

}
