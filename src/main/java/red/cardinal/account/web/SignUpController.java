package red.cardinal.account.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import red.cardinal.account.Account;
import red.cardinal.account.AccountManagement;
import red.cardinal.account.InstanceSettings;
import red.cardinal.account.RateLimits;
import red.cardinal.account.RateLimits.Key;
import red.cardinal.account.RateLimits.Limit;
import red.cardinal.account.SessionSignIn;
import red.cardinal.account.SignUpClosedException;
import red.cardinal.shared.ConflictException;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.Violation;
import red.cardinal.web.Ui;

/** Sign-up and the sign-in page (Spring Security itself checks the posted credentials). */
@Controller
class SignUpController {

	private final AccountManagement accounts;
	private final InstanceSettings settings;
	private final RateLimits limits;
	private final SessionSignIn signIn;

	SignUpController(AccountManagement accounts, InstanceSettings settings, RateLimits limits, SessionSignIn signIn) {
		this.accounts = accounts;
		this.settings = settings;
		this.limits = limits;
		this.signIn = signIn;
	}

	@GetMapping("/signup")
	String signUpForm(Model model) {
		model.addAttribute("page", new AuthPage(null, null, false, settings.signUpOpen()));
		return "account/signup";
	}

	@PostMapping("/signup")
	String signUp(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
			@ModelAttribute("ui") Ui ui, Model model, HttpServletRequest request, HttpServletResponse response) {
		var attempt = limits.attempt(Limit.SIGN_UP, Key.ip(request), Key.email(email));
		if (!attempt.allowed()) {
			response.setHeader("Retry-After", Long.toString(attempt.retryAfterSeconds()));
			return refused(email, List.of(Violation.of("email", "rate.limited")), HttpStatus.TOO_MANY_REQUESTS, ui, model,
					response);
		}
		try {
			Account account = accounts.signUp(email, password);
			if (!account.emailVerified()) {
				model.addAttribute("page", new MessagePage("verify.sent.title", "verify.sent.text", "/login", "nav.signIn"));
				return "account/message";
			}
			signIn.signIn(account, request, response);
			return "redirect:/dashboard";
		}
		catch (InvalidInputException e) {
			return refused(email, e.violations(), HttpStatus.BAD_REQUEST, ui, model, response);
		}
		catch (ConflictException e) {
			return refused(email, List.of(e.violation()), HttpStatus.CONFLICT, ui, model, response);
		}
		catch (SignUpClosedException e) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			model.addAttribute("page", new AuthPage(email, null, false, false));
			return "account/signup";
		}
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String unverified,
			@RequestParam(required = false) String tooMany, @RequestParam(required = false) String signedOut,
			@RequestParam(required = false) String reset, Model model) {
		String notice = error != null ? "login.failed" : unverified != null ? "login.unverified"
				: tooMany != null ? "rate.limited" : signedOut != null ? "login.signedOut"
						: reset != null ? "reset.done" : null;
		boolean bad = error != null || unverified != null || tooMany != null;
		model.addAttribute("page", new AuthPage(null, notice, bad, settings.signUpOpen()));
		return "account/login";
	}

	private String refused(String email, List<Violation> violations, HttpStatus status, Ui ui, Model model,
			HttpServletResponse response) {
		response.setStatus(status.value());
		model.addAttribute("ui", ui.withErrors(violations));
		model.addAttribute("page", new AuthPage(email, null, false, true));
		return "account/signup";
	}
}
