package org.beatbridge.notifications.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.beatbridge.notifications.domain.Unsubscribes;
import org.beatbridge.notifications.domain.Unsubscribes.UnsubscribeLink;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The unsubscribe link of every email. Opening it (GET) only shows a confirm page, so
 * link scanners and previews unsubscribe nobody; the button (POST) unsubscribes. Mail
 * apps use the RFC 8058 one-click POST of the {@code List-Unsubscribe} header.
 */
@Controller
class UnsubscribeController {

	static final String ONE_CLICK = "/unsubscribe/{token}/one-click";

	private final Unsubscribes unsubscribes;

	UnsubscribeController(Unsubscribes unsubscribes) {
		this.unsubscribes = unsubscribes;
	}

	@GetMapping("/unsubscribe/{token}")
	String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
		Optional<UnsubscribeLink> link = this.unsubscribes.find(token);
		if (link.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "notifications/unsubscribe-unknown";
		}
		model.addAttribute("token", token);
		model.addAttribute("subject", link.get().subject());
		return "notifications/unsubscribe";
	}

	@PostMapping("/unsubscribe/{token}")
	String unsubscribe(@PathVariable String token, @RequestParam(defaultValue = "topic") String scope, Model model,
			HttpServletResponse response) {
		boolean everything = "all".equals(scope);
		if (!this.unsubscribes.unsubscribe(token, everything)) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "notifications/unsubscribe-unknown";
		}
		model.addAttribute("everything", everything);
		model.addAttribute("token", token);
		return "notifications/unsubscribed";
	}

	/** "Undo" on the page shown after unsubscribing. */
	@PostMapping("/unsubscribe/{token}/undo")
	String undo(@PathVariable String token, @RequestParam(defaultValue = "topic") String scope,
			HttpServletResponse response) {
		if (!this.unsubscribes.resubscribe(token, "all".equals(scope))) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "notifications/unsubscribe-unknown";
		}
		return "notifications/resubscribed";
	}

	/** RFC 8058: the mail provider posts {@code List-Unsubscribe=One-Click}. */
	@PostMapping(ONE_CLICK)
	ResponseEntity<Void> oneClick(@PathVariable String token) {
		return this.unsubscribes.unsubscribe(token, false) ? ResponseEntity.ok().build()
				: ResponseEntity.notFound().build();
	}

	/** Someone opened the header's link in a browser: show the usual confirm page. */
	@GetMapping(ONE_CLICK)
	String oneClickOpened(@PathVariable String token) {
		return "redirect:/unsubscribe/" + token;
	}

}
