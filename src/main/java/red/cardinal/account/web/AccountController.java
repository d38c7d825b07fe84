package red.cardinal.account.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import red.cardinal.account.AccountManagement;
import red.cardinal.account.AccountPrincipal;
import red.cardinal.account.ApiTokens;
import red.cardinal.account.ApiTokens.NewToken;
import red.cardinal.account.RateLimits;
import red.cardinal.account.RateLimits.Key;
import red.cardinal.account.RateLimits.Limit;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.Violation;
import red.cardinal.web.Ui;

/** The owner's account page: change password, API tokens, delete the account. */
@Controller
class AccountController {

	private final AccountManagement accounts;
	private final ApiTokens tokens;
	private final RateLimits limits;

	AccountController(AccountManagement accounts, ApiTokens tokens, RateLimits limits) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.limits = limits;
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String changed,
			Model model) {
		return page(me, null, changed != null ? "account.passwordChanged" : null, model);
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal AccountPrincipal me,
			@RequestParam(defaultValue = "") String currentPassword, @RequestParam(defaultValue = "") String newPassword,
			@ModelAttribute("ui") Ui ui, Model model, HttpServletRequest request, HttpServletResponse response) {
		try {
			var session = request.getSession(false);
			accounts.changePassword(me.accountId(), currentPassword, newPassword, session == null ? null : session.getId());
			return "redirect:/account?changed";
		}
		catch (InvalidInputException e) {
			return refused(me, e.violations(), ui, model, response);
		}
	}

	@PostMapping("/account/tokens")
	String createToken(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(defaultValue = "") String name,
			@ModelAttribute("ui") Ui ui, Model model, HttpServletRequest request, HttpServletResponse response) {
		if (!limits.tryAcquire(Limit.TOKEN, Key.ip(request), Key.account(me.accountId()))) {
			return refused(me, List.of(Violation.of("name", "rate.limited")), ui, model, response);
		}
		try {
			return page(me, tokens.create(me.accountId(), name), "account.tokenCreated", model);
		}
		catch (InvalidInputException e) {
			return refused(me, e.violations(), ui, model, response);
		}
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revokeToken(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		tokens.revoke(me.accountId(), id);
		return "redirect:/account";
	}

	@PostMapping("/account/delete")
	String delete(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(defaultValue = "") String password,
			@ModelAttribute("ui") Ui ui, Model model, HttpServletRequest request, HttpServletResponse response) {
		try {
			accounts.delete(me.accountId(), password);
		}
		catch (InvalidInputException e) {
			return refused(me, List.of(Violation.of("deletePassword", "password.wrong")), ui, model, response);
		}
		new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
		model.addAttribute("page", new MessagePage("account.deleted.title", "account.deleted.text", "/", "error.home"));
		return "account/message";
	}

	private String refused(AccountPrincipal me, List<Violation> violations, Ui ui, Model model,
			HttpServletResponse response) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("ui", ui.withErrors(violations));
		return page(me, null, null, model);
	}

	private String page(AccountPrincipal me, NewToken created, String notice, Model model) {
		model.addAttribute("page", new AccountPage(me.getUsername(), tokens.list(me.accountId()), created, notice));
		return "account/account";
	}
}
