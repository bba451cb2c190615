package org.beatbridge.identity.web;

import jakarta.validation.Valid;
import org.beatbridge.identity.AccountRejected;
import org.beatbridge.identity.Accounts;
import org.beatbridge.identity.IdentitySettings;
import org.beatbridge.identity.NewAccount;
import org.beatbridge.identity.domain.PasswordPolicy;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Residents create their own account with their email; staff accounts are made by an
 * administrator.
 */
@Controller
class SignUpController {

	private final Accounts accounts;

	private final IdentitySettings settings;

	SignUpController(Accounts accounts, IdentitySettings settings) {
		this.accounts = accounts;
		this.settings = settings;
	}

	@ModelAttribute
	void passwordRules(Model model) {
		model.addAttribute("minPasswordLength", this.settings.minPasswordLength());
		model.addAttribute("maxPasswordLength", PasswordPolicy.MAX_LENGTH);
	}

	@GetMapping("/signup")
	String form(@ModelAttribute("signUp") SignUpForm form) {
		return "identity/signup";
	}

	@PostMapping("/signup")
	String signUp(@Valid @ModelAttribute("signUp") SignUpForm form, BindingResult errors) {
		if (errors.hasErrors()) {
			form.setPassword(null);
			return "identity/signup";
		}
		try {
			this.accounts.create(NewAccount.resident(form.getEmail(), form.getDisplayName(), form.getPassword()));
		}
		catch (AccountRejected ex) {
			// Residents sign up with their email as username: a taken username is a taken
			// email.
			String field = "username".equals(ex.field()) ? "email" : ex.field();
			errors.rejectValue(hasField(field) ? field : "email", "rejected", ex.getMessage());
			form.setPassword(null);
			return "identity/signup";
		}
		return "redirect:/login?registered";
	}

	private static boolean hasField(String field) {
		return "email".equals(field) || "password".equals(field) || "displayName".equals(field);
	}

}
