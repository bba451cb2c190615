package org.beatbridge.identity.web;

import java.util.List;

import org.beatbridge.identity.AccountView;
import org.beatbridge.identity.Accounts;
import org.beatbridge.identity.CurrentAccount;
import org.beatbridge.identity.OfficerAssignment;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * One page listing the tools a staff member's roles open, so that no staff page has to be
 * found by its address (the site menu stays short on a phone). Officers and supervisors
 * also get their district's and beats' pages.
 */
@Controller
class StaffToolsController {

	private final Accounts accounts;

	StaffToolsController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/staff")
	String tools(@AuthenticationPrincipal CurrentAccount who, Model model) {
		OfficerAssignment assignment = this.accounts.findById(who.id()).map(AccountView::officer).orElse(null);
		model.addAttribute("district", (assignment != null) ? assignment.district() : null);
		model.addAttribute("beats", (assignment != null) ? assignment.beats() : List.of());
		return "identity/staff";
	}

}
