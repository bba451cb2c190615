package org.beatbridge.geography.web;

import org.beatbridge.geography.Beats;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what BeatBridge is, and finding one's beat on a map, by location or from
 * a list.
 */
@Controller
class HomeController {

	private final Beats beats;

	private final MapSettings mapSettings;

	HomeController(Beats beats, MapSettings mapSettings) {
		this.beats = beats;
		this.mapSettings = mapSettings;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("choices", BeatChoices.of(this.beats.all()));
		model.addAttribute("map", this.mapSettings);
		return "home";
	}

}
