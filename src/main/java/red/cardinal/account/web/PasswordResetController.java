package red.cardinal.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import red.cardinal.account.AccountManagement;
import red.cardinal.account.InstanceSettings;
import red.cardinal.account.RateLimits;
import red.cardinal.account.RateLimits.Key;
import red.cardinal.account.RateLimits.Limit;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.web.Ui;

/** Forgotten passwords: a single-use link by mail, then a new password. Also email verification. */
@Controller
class PasswordResetController {

	private final AccountManagement accounts;
	private final InstanceSettings settings;
	private final RateLimits limits;

	PasswordResetController(AccountManagement accounts, InstanceSettings settings, RateLimits limits) {
		this.accounts = accounts;
		this.settings = settings;
		this.limits = limits;
	}

	@GetMapping("/password/forgot")
	String forgotForm(Model model) {
		model.addAttribute("page", new AuthPage(null, null, false, settings.signUpOpen()));
		return "account/forgot";
	}

	@PostMapping("/password/forgot")
	String forgot(@RequestParam(defaultValue = "") String email, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		var attempt = limits.attempt(Limit.PASSWORD_RESET, Key.ip(request), Key.email(email));
		if (!attempt.allowed()) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader("Retry-After", Long.toString(attempt.retryAfterSeconds()));
			model.addAttribute("page", new AuthPage(email, "rate.limited", true, settings.signUpOpen()));
			return "account/forgot";
		}
		accounts.requestPasswordReset(email);
		model.addAttribute("page", new MessagePage("reset.sent.title", "reset.sent.text", "/login", "nav.signIn"));
		return "account/message";
	}

	@GetMapping("/password/reset")
	String resetForm(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
		if (!accounts.resetTokenValid(token)) {
			return expired(model, response);
		}
		model.addAttribute("page", new ResetPage(token));
		return "account/reset";
	}

	@PostMapping("/password/reset")
	String reset(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
			@ModelAttribute("ui") Ui ui, Model model, HttpServletRequest request, HttpServletResponse response) {
		if (!accounts.resetTokenValid(token)) {
			return expired(model, response);
		}
		try {
			accounts.resetPassword(token, password);
			// every session of the account is gone; this browser starts afresh too, whoever it was signed in as
			var session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			return "redirect:/login?reset";
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("ui", ui.withErrors(e.violations()));
			model.addAttribute("page", new ResetPage(token));
			return "account/reset";
		}
	}

	@GetMapping("/verify")
	String verify(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
		if (accounts.verifyEmail(token)) {
			model.addAttribute("page", new MessagePage("verify.done.title", "verify.done.text", "/login", "nav.signIn"));
		}
		else {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("page", new MessagePage("verify.invalid.title", "verify.invalid.text", "/password/forgot",
					"login.forgot"));
		}
		return "account/message";
	}

	private static String expired(Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("page", new MessagePage("reset.invalid.title", "reset.invalid.text", "/password/forgot",
				"login.forgot"));
		return "account/message";
	}
}
