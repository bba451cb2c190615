package org.beatbridge.open311.web;

import org.beatbridge.open311.ApiKeys;
import org.beatbridge.open311.InvalidApiKeyRequest;
import org.beatbridge.open311.IssuedApiKey;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' page for Open311 keys: list, issue (the key is shown on the answer
 * page only, never again) and revoke. Identity guards {@code /admin/**}.
 */
@Controller
@RequestMapping("/admin/open311-keys")
class ApiKeyPageController {

	private final ApiKeys keys;

	ApiKeyPageController(ApiKeys keys) {
		this.keys = keys;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("keys", this.keys.all());
		return "open311/keys";
	}

	@PostMapping
	String issue(@RequestParam(required = false) String name, @RequestParam(required = false) String owner,
			@RequestParam(required = false) String submissionsPerHour, Authentication caller, Model model) {
		model.addAttribute("name", name);
		model.addAttribute("owner", owner);
		model.addAttribute("submissionsPerHour", submissionsPerHour);
		try {
			Integer limit = (submissionsPerHour == null || submissionsPerHour.isBlank()) ? null
					: parseLimit(submissionsPerHour);
			IssuedApiKey issued = this.keys.issue(name, owner, limit, caller.getName());
			model.addAttribute("issued", issued);
			model.addAttribute("name", null);
			model.addAttribute("owner", null);
			model.addAttribute("submissionsPerHour", null);
		}
		catch (InvalidApiKeyRequest ex) {
			model.addAttribute("error", ex.field());
		}
		model.addAttribute("keys", this.keys.all());
		return "open311/keys";
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id, Authentication caller, RedirectAttributes redirect) {
		if (this.keys.revoke(id, caller.getName())) {
			redirect.addFlashAttribute("revoked", id);
		}
		return "redirect:/admin/open311-keys";
	}

	private static Integer parseLimit(String text) {
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw InvalidApiKeyRequest.because("submissionsPerHour", "Not a whole number.");
		}
	}

}
