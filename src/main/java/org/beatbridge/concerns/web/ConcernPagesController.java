package org.beatbridge.concerns.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.beatbridge.concerns.ConcernCategory;
import org.beatbridge.concerns.ConcernId;
import org.beatbridge.concerns.ConcernNotFound;
import org.beatbridge.concerns.ConcernPhoto;
import org.beatbridge.concerns.ConcernQuery;
import org.beatbridge.concerns.ConcernStatus;
import org.beatbridge.concerns.ConcernView;
import org.beatbridge.concerns.Concerns;
import org.beatbridge.geography.BeatDetails;
import org.beatbridge.geography.Beats;
import org.beatbridge.identity.CurrentAccount;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Following concerns: the reporter's tracking page, "my concerns", a concern's public
 * page, and the public list and map of a beat's concerns (block level, reporter never
 * shown, moderated text).
 */
@Controller
class ConcernPagesController {

	static final int PAGE_SIZE = 50;

	private final Concerns concerns;

	private final Beats beats;

	private final String tilesUrl;

	ConcernPagesController(Concerns concerns, Beats beats, @Value("${beatbridge.map.tiles-url:}") String tilesUrl) {
		this.concerns = concerns;
		this.beats = beats;
		this.tilesUrl = tilesUrl;
	}

	@GetMapping("/concerns/track/{token}")
	String track(@PathVariable String token, @RequestParam(required = false) String reported,
			@AuthenticationPrincipal CurrentAccount account, Locale locale, Model model, HttpServletResponse response) {
		Optional<ConcernView> concern = this.concerns.findByTrackingToken(token);
		if (concern.isEmpty()) {
			Optional<ConcernId> expired = this.concerns.expiredEmailLink(token);
			if (expired.isPresent() && account != null && reportedBy(account, expired.get())) {
				// an old inbox notice: the signed-in reporter needs no key to their own
				// concern
				return "redirect:/concerns/" + expired.get();
			}
			response.setStatus(expired.isPresent() ? HttpStatus.GONE.value() : HttpStatus.NOT_FOUND.value());
			model.addAttribute("expired", expired.orElse(null));
			return "concerns/track-unknown";
		}
		// The link is the key to the concern: never kept by shared caches or sent onwards
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Referrer-Policy", "no-referrer");
		model.addAttribute("concern", concern.get());
		model.addAttribute("token", token);
		model.addAttribute("justReported", reported != null);
		model.addAttribute("similar", (reported != null) ? similarTo(concern.get()) : List.of());
		labels(locale, model);
		return "concerns/track";
	}

	private List<ConcernView> similarTo(ConcernView concern) {
		return this.concerns
			.similarOpenNearby(concern.category(), concern.point().latitude(), concern.point().longitude())
			.stream()
			.filter((other) -> !other.id().equals(concern.id()))
			.toList();
	}

	@GetMapping("/concerns/track/{token}/photo")
	ResponseEntity<byte[]> trackedPhoto(@PathVariable String token) {
		ConcernView concern = this.concerns.findByTrackingToken(token)
			.orElseThrow(() -> ConcernNotFound.forId(new ConcernId(0)));
		return photo(concern.id());
	}

	@GetMapping("/concerns/{id}/photo")
	ResponseEntity<byte[]> ownPhoto(@PathVariable String id, @AuthenticationPrincipal CurrentAccount account) {
		ConcernId concernId = ConcernId.parse(id).orElseThrow(() -> ConcernNotFound.forId(new ConcernId(0)));
		if (account == null || !reportedBy(account, concernId)) {
			throw ConcernNotFound.forId(concernId);
		}
		return photo(concernId);
	}

	private ResponseEntity<byte[]> photo(ConcernId id) {
		ConcernPhoto photo = this.concerns.photo(id).orElseThrow(() -> ConcernNotFound.forId(id));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.cacheControl(CacheControl.noStore())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Disposition", "inline")
			.body(photo.bytes());
	}

	@GetMapping("/concerns/mine")
	String mine(@AuthenticationPrincipal CurrentAccount account, Locale locale, Model model) {
		model.addAttribute("concerns", this.concerns.reportedBy(account.id(), 200));
		labels(locale, model);
		return "concerns/mine";
	}

	@GetMapping("/concerns/{id}")
	String concern(@PathVariable String id, @RequestParam(required = false) String supported,
			@RequestParam(required = false) String already, @AuthenticationPrincipal CurrentAccount account,
			Locale locale, Model model) {
		ConcernId concernId = ConcernId.parse(id).orElseThrow(() -> ConcernNotFound.forId(new ConcernId(0)));
		ConcernView concern = this.concerns.find(concernId).orElseThrow(() -> ConcernNotFound.forId(concernId));
		model.addAttribute("concern", concern);
		model.addAttribute("supported", supported != null);
		model.addAttribute("alreadySupported", already != null);
		model.addAttribute("ownPhoto", concern.hasPhoto() && account != null && reportedBy(account, concernId));
		labels(locale, model);
		return "concerns/concern";
	}

	private boolean reportedBy(CurrentAccount account, ConcernId id) {
		return this.concerns.reportedBy(account.id(), 1000).stream().anyMatch((view) -> view.id().equals(id));
	}

	@GetMapping("/beats/{beat}/concerns")
	String beat(@PathVariable String beat, @RequestParam(required = false) String status,
			@RequestParam(required = false) String category, @RequestParam(required = false) String before,
			Locale locale, Model model, HttpServletResponse response) {
		Optional<BeatDetails> details = this.beats.find(beat.strip());
		if (details.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "error/404";
		}
		boolean all = "all".equals(status);
		List<ConcernCategory> categories = this.concerns.categories(locale);
		String chosen = categories.stream()
			.map(ConcernCategory::code)
			.filter((code) -> code.equals(category))
			.findFirst()
			.orElse(null);
		Instant until = instant(before);
		List<ConcernView> page = this.concerns.search(
				new ConcernQuery(List.of(details.get().beat()), null, (chosen != null) ? List.of(chosen) : List.of(),
						all ? List.of() : List.copyOf(ConcernStatus.open()), null, until, PAGE_SIZE + 1));
		boolean more = page.size() > PAGE_SIZE;
		List<ConcernView> shown = more ? page.subList(0, PAGE_SIZE) : page;
		model.addAttribute("beat", details.get());
		model.addAttribute("concerns", shown);
		model.addAttribute("all", all);
		model.addAttribute("category", chosen);
		model.addAttribute("older", more ? shown.get(shown.size() - 1).requestedAt().toString() : null);
		model.addAttribute("tilesUrl", this.tilesUrl);
		labels(locale, model);
		return "concerns/beat";
	}

	/**
	 * The beat page's "Concerns" section, loaded by the page (geography does not know
	 * about concerns, as with meetings: decision 0501).
	 */
	@GetMapping("/beats/{beat}/concerns/latest")
	String latest(@PathVariable String beat, Locale locale, Model model, HttpServletResponse response) {
		Optional<BeatDetails> details = this.beats.find(beat.strip());
		if (details.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "concerns/fragments :: unknown-beat";
		}
		model.addAttribute("beat", details.get().beat());
		model.addAttribute("concerns", this.concerns
			.search(ConcernQuery.beat(details.get().beat(), 3).withStatuses(List.copyOf(ConcernStatus.open()))));
		labels(locale, model);
		return "concerns/fragments :: latest";
	}

	private void labels(Locale locale, Model model) {
		model.addAttribute("names", ConcernLabels.categoryNames(this.concerns.categories(locale)));
		model.addAttribute("categories", this.concerns.categories(locale));
	}

	private static Instant instant(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Instant.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
