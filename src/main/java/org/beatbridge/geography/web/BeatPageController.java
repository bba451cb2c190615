package org.beatbridge.geography.web;

import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import org.beatbridge.geography.BeatDetails;
import org.beatbridge.geography.Beats;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * A beat's own page, the list of all beats, and the "choose your beat" form's target.
 */
@Controller
class BeatPageController {

	// Chicago beat numbers: district digits then sector and beat digit ("111", "0111",
	// "1713")
	private static final Pattern BEAT_NUMBER = Pattern.compile("\\d{3,4}");

	private static final int ECHO_LIMIT = 24;

	private final Beats beats;

	private final MapSettings mapSettings;

	BeatPageController(Beats beats, MapSettings mapSettings) {
		this.beats = beats;
		this.mapSettings = mapSettings;
	}

	@GetMapping("/beats")
	String beats(@RequestParam(name = "beat", required = false) String beat, Model model) {
		if (beat != null && !beat.isBlank()) {
			return "redirect:/beats/"
					+ UriUtils.encodePathSegment(beat.trim(), java.nio.charset.StandardCharsets.UTF_8);
		}
		model.addAttribute("choices", BeatChoices.of(this.beats.all()));
		return "beats/index";
	}

	@GetMapping("/beats/{beat}")
	String beat(@PathVariable String beat, Model model, HttpServletResponse response) {
		Optional<BeatDetails> details = lookUp(beat.trim());
		if (details.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("requested", (beat.length() > ECHO_LIMIT) ? beat.substring(0, ECHO_LIMIT) + "…" : beat);
			model.addAttribute("choices", BeatChoices.of(this.beats.all()));
			return "beats/not-found";
		}
		BeatDetails found = details.get();
		if (!found.beat().equals(beat)) {
			return "redirect:/beats/" + found.beat();
		}
		model.addAttribute("beat", found);
		model.addAttribute("districtLabel", BeatChoices.stripZeros(found.district()));
		model.addAttribute("map", this.mapSettings);
		return "beats/beat";
	}

	/**
	 * Accepts the number as printed ("1713") or without its leading zero ("111" for
	 * "0111").
	 */
	private Optional<BeatDetails> lookUp(String beat) {
		if (!BEAT_NUMBER.matcher(beat).matches()) {
			return Optional.empty();
		}
		Optional<BeatDetails> found = this.beats.find(beat);
		if (found.isEmpty() && beat.length() == 3) {
			found = this.beats.find("0" + beat);
		}
		if (found.isEmpty() && beat.length() == 4 && beat.startsWith("0")) {
			found = this.beats.find(beat.substring(1));
		}
		return found;
	}

}
