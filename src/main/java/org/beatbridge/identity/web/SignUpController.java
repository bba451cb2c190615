package org.beatbridge.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.beatbridge.identity.AccountRejected;
import org.beatbridge.identity.AccountView;
import org.beatbridge.identity.Accounts;
import org.beatbridge.identity.CurrentAccount;
import org.beatbridge.identity.IdentitySettings;
import org.beatbridge.identity.NewAccount;
import org.beatbridge.identity.domain.PasswordPolicy;
import org.beatbridge.identity.security.SessionSignIn;

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

	private final SessionSignIn sessions;

	SignUpController(Accounts accounts, IdentitySettings settings, SessionSignIn sessions) {
		this.accounts = accounts;
		this.settings = settings;
		this.sessions = sessions;
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
	String signUp(@Valid @ModelAttribute("signUp") SignUpForm form, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response) {
		if (errors.hasErrors()) {
			form.setPassword(null);
			return "identity/signup";
		}
		AccountView account;
		try {
			account = this.accounts
				.create(NewAccount.resident(form.getEmail(), form.getDisplayName(), form.getPassword()));
		}
		catch (AccountRejected ex) {
			// Residents sign up with their email as username: a taken username is a taken
			// email.
			String field = "username".equals(ex.field()) ? "email" : ex.field();
			errors.rejectValue(hasField(field) ? field : "email", "rejected", ex.getMessage());
			form.setPassword(null);
			return "identity/signup";
		}
		// Just chose the password: asking for it again at once would only add a step.
		this.sessions.signIn(
				new CurrentAccount(account.id(), account.username(), account.displayName(), account.roles()), request,
				response);
		return "redirect:/";
	}

	private static boolean hasField(String field) {
		return "email".equals(field) || "password".equals(field) || "displayName".equals(field);
	}

}
