package org.beatbridge.concerns.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.beatbridge.concerns.ConcernCategory;
import org.beatbridge.concerns.ConcernChangeRefused;
import org.beatbridge.concerns.ConcernId;
import org.beatbridge.concerns.ConcernNotFound;
import org.beatbridge.concerns.ConcernReceipt;
import org.beatbridge.concerns.ConcernView;
import org.beatbridge.concerns.Concerns;
import org.beatbridge.concerns.FieldError;
import org.beatbridge.concerns.InvalidConcern;
import org.beatbridge.concerns.SubmissionLimits;
import org.beatbridge.concerns.Support;
import org.beatbridge.concerns.SupportLimits;
import org.beatbridge.concerns.TooManySupports;
import org.beatbridge.concerns.TooManySubmissions;
import org.beatbridge.crime.BlockLocations;
import org.beatbridge.geography.BeatDetails;
import org.beatbridge.geography.Beats;
import org.beatbridge.identity.CurrentAccount;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The report form: category, description, place (map, browser location or typed block),
 * optional photo and contact, anonymous by choice; similar open concerns nearby are
 * offered for "me too" before a duplicate is filed.
 */
@Controller
class ReportConcernController {

	// Read no more of an upload than the domain's limit plus one byte: enough to refuse
	// it
	private static final int PHOTO_READ_LIMIT = 10 * 1024 * 1024 + 1;

	private final Concerns concerns;

	private final SubmissionLimits limits;

	private final SupportLimits supportLimits;

	private final Beats beats;

	private final BlockLocations blocks;

	private final String tilesUrl;

	ReportConcernController(Concerns concerns, SubmissionLimits limits, SupportLimits supportLimits, Beats beats,
			BlockLocations blocks, @Value("${beatbridge.map.tiles-url:}") String tilesUrl) {
		this.supportLimits = supportLimits;
		this.concerns = concerns;
		this.limits = limits;
		this.beats = beats;
		this.blocks = blocks;
		this.tilesUrl = tilesUrl;
	}

	@GetMapping("/concerns/new")
	String form(@RequestParam(required = false) String beat, @AuthenticationPrincipal CurrentAccount account,
			Locale locale, Model model) {
		return show(ConcernForm.empty(account == null), Map.of(), beat, account, locale, model);
	}

	/**
	 * Where the language switch of a refused form (its address is the POST's) leads: back
	 * to the form, instead of a "method not allowed" page.
	 */
	@GetMapping("/concerns")
	String backToTheForm() {
		return "redirect:/concerns/new";
	}

	@GetMapping("/concerns/{id}/me-too")
	String backToTheConcern(@PathVariable String id) {
		ConcernId concernId = ConcernId.parse(id).orElseThrow(() -> ConcernNotFound.forId(new ConcernId(0)));
		return "redirect:/concerns/" + concernId;
	}

	@PostMapping("/concerns")
	String report(@RequestParam MultiValueMap<String, String> params,
			@RequestParam(name = "photo", required = false) MultipartFile photo,
			@AuthenticationPrincipal CurrentAccount account, Locale locale, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		ConcernForm form = ConcernForm.from(params, account != null);
		byte[] bytes;
		try {
			bytes = read(photo);
		}
		catch (IOException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return show(form, Map.of("photo", "concerns.error.photo.unreadable"), null, account, locale, model);
		}
		try {
			this.limits.consume(request.getRemoteAddr(), (account != null) ? account.id() : null);
		}
		catch (TooManySubmissions ex) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader("Retry-After", Long.toString(ex.retryAfter().toSeconds()));
			model.addAttribute("tooMany", ex.retryAfterMinutes());
			return show(form, Map.of(), null, account, locale, model);
		}
		try {
			ConcernReceipt receipt = this.concerns
				.report(form.toConcern(bytes, (account != null) ? account.id() : null, locale.getLanguage()));
			return "redirect:/concerns/track/" + receipt.trackingToken() + "?reported";
		}
		catch (InvalidConcern ex) {
			this.limits.refund(request.getRemoteAddr(), (account != null) ? account.id() : null);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			Map<String, String> errors = new HashMap<>();
			for (FieldError error : ex.errors()) {
				errors.putIfAbsent(error.field(), error.code());
			}
			return show(form, errors, null, account, locale, model);
		}
	}

	private static byte[] read(MultipartFile photo) throws IOException {
		if (photo == null || photo.isEmpty()) {
			return null;
		}
		try (InputStream input = photo.getInputStream()) {
			return input.readNBytes(PHOTO_READ_LIMIT);
		}
	}

	private String show(ConcernForm form, Map<String, String> errors, String beat, CurrentAccount account,
			Locale locale, Model model) {
		List<ConcernCategory> categories = this.concerns.categories(locale);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("categories", categories);
		model.addAttribute("signedIn", account != null);
		model.addAttribute("tilesUrl", this.tilesUrl);
		Optional<BeatDetails> details = Optional.ofNullable(beat).flatMap(this.beats::find);
		model.addAttribute("beat", details.map(BeatDetails::beat).orElse(null));
		return "concerns/new";
	}

	/**
	 * The similar open concerns near the chosen place (an htmx request while the form is
	 * filled in); empty when category or place are not known yet.
	 */
	@GetMapping("/concerns/similar")
	String similar(@RequestParam(required = false) String category, @RequestParam(required = false) String latitude,
			@RequestParam(required = false) String longitude, @RequestParam(required = false) String address,
			Locale locale, Model model) {
		List<ConcernView> similar = List.of();
		Optional<double[]> point = point(latitude, longitude, address);
		if (category != null && !category.isBlank() && point.isPresent()) {
			similar = this.concerns.similarOpenNearby(category.strip(), point.get()[0], point.get()[1]);
		}
		model.addAttribute("similar", similar);
		model.addAttribute("names", ConcernLabels.categoryNames(this.concerns.categories(locale)));
		return "concerns/fragments :: similar";
	}

	private Optional<double[]> point(String latitude, String longitude, String address) {
		try {
			if (latitude != null && !latitude.isBlank() && longitude != null && !longitude.isBlank()) {
				double lat = Double.parseDouble(latitude.strip());
				double lon = Double.parseDouble(longitude.strip());
				if (lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180) {
					return Optional.of(new double[] { lat, lon });
				}
				return Optional.empty();
			}
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		if (address != null && !address.isBlank() && address.length() <= 120) {
			return this.blocks.locate(address).map((block) -> new double[] { block.latitude(), block.longitude() });
		}
		return Optional.empty();
	}

	/**
	 * "Me too" on an open concern instead of filing a duplicate; answers htmx with the
	 * new count, a plain form post with the concern's page. Limited per client and once
	 * per client address and concern for a while (decision 0707).
	 */
	@PostMapping("/concerns/{id}/me-too")
	String meToo(@PathVariable String id, @AuthenticationPrincipal CurrentAccount account,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		ConcernId concernId = ConcernId.parse(id).orElseThrow(() -> ConcernNotFound.forId(new ConcernId(0)));
		ConcernView concern = this.concerns.find(concernId).orElseThrow(() -> ConcernNotFound.forId(concernId));
		model.addAttribute("id", concernId);
		model.addAttribute("closed", false);
		try {
			this.supportLimits.consume(request.getRemoteAddr(), (account != null) ? account.id() : null);
		}
		catch (TooManySupports ex) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader("Retry-After", Long.toString(ex.retryAfter().toSeconds()));
			model.addAttribute("tooMany", ex.retryAfterMinutes());
			if (htmx != null) {
				return "concerns/fragments :: supported";
			}
			model.addAttribute("concern", concern);
			model.addAttribute("supported", false);
			model.addAttribute("alreadySupported", false);
			model.addAttribute("ownPhoto", false);
			model.addAttribute("names", ConcernLabels.categoryNames(this.concerns.categories(locale)));
			return "concerns/concern";
		}
		String supporter = ClientKeys.supporter(account, request, response);
		Support support = null;
		try {
			// accounts count once for good; only visitors without one are held to their
			// address
			support = this.concerns.meToo(concernId, supporter, (account != null) ? null : request.getRemoteAddr());
			model.addAttribute("count", support.count());
			model.addAttribute("counted", support.counted());
		}
		catch (ConcernChangeRefused ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("closed", true);
		}
		if (htmx != null) {
			return "concerns/fragments :: supported";
		}
		if (support == null) {
			return "redirect:/concerns/" + concernId;
		}
		return "redirect:/concerns/" + concernId + (support.counted() ? "?supported" : "?already");
	}

}
