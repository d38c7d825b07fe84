package red.cardinal.admin.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import red.cardinal.account.AccountManagement;
import red.cardinal.account.InstanceSettings;

/** Instance administration; only admins reach {@code /admin} (see the security configuration). */
@Controller
class AdminController {

	private final AccountManagement accounts;
	private final InstanceSettings settings;

	AdminController(AccountManagement accounts, InstanceSettings settings) {
		this.accounts = accounts;
		this.settings = settings;
	}

	@GetMapping("/admin")
	String admin(Model model) {
		var users = accounts.all()
			.stream()
			.map(a -> new AdminPage.User(a.email(), a.admin(), a.emailVerified(), a.createdAt()))
			.toList();
		model.addAttribute("page", new AdminPage(users, settings.signUpOpen()));
		return "admin/admin";
	}

	@PostMapping("/admin/sign-up")
	String signUp(@RequestParam boolean open) {
		settings.signUpOpen(open);
		return "redirect:/admin";
	}
}
