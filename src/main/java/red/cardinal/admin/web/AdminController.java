package red.cardinal.admin.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import red.cardinal.account.AccountManagement;
import red.cardinal.account.InstanceSettings;
import red.cardinal.admin.InstanceBackup;
import red.cardinal.wallet.WalletCertificates;
import red.cardinal.wallet.WalletStatus;

/** Instance administration; only admins reach {@code /admin} (see the security configuration). */
@Controller
class AdminController {

	private final AccountManagement accounts;
	private final InstanceSettings settings;
	private final InstanceBackup backup;
	private final WalletCertificates wallet;

	AdminController(AccountManagement accounts, InstanceSettings settings, InstanceBackup backup,
			WalletCertificates wallet) {
		this.accounts = accounts;
		this.wallet = wallet;
		this.settings = settings;
		this.backup = backup;
	}

	@GetMapping("/admin")
	String admin(Model model) {
		var users = accounts.all()
			.stream()
			.map(a -> new AdminPage.User(a.email(), a.admin(), a.emailVerified(), a.createdAt()))
			.toList();
		model.addAttribute("page", new AdminPage(users, settings.signUpOpen(), backup.available(), wallets()));
		return "admin/admin";
	}

	private java.util.List<AdminPage.Wallet> wallets() {
		WalletStatus status = wallet.status();
		return java.util.List.of(wallet("apple", status.apple()), wallet("google", status.google()));
	}

	private static AdminPage.Wallet wallet(String name, WalletStatus.Wallet w) {
		return new AdminPage.Wallet(name, w.state().name().toLowerCase(java.util.Locale.ROOT), w.signer(), w.problem(),
				w.expiries().stream().map(e -> new AdminPage.Expiry(e.certificate(), e.date(), e.daysLeft(), e.soon())).toList());
	}

	@GetMapping("/admin/backup")
	void backup(HttpServletResponse response) throws IOException {
		BackupApiController.send(backup, response);
	}

	@PostMapping("/admin/sign-up")
	String signUp(@RequestParam boolean open) {
		settings.signUpOpen(open);
		return "redirect:/admin";
	}
}
