package red.cardinal.webhooks.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import red.cardinal.account.AccountPrincipal;
import red.cardinal.shared.ConflictException;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.webhooks.Webhook;
import red.cardinal.webhooks.Webhooks;
import red.cardinal.web.Ui;

/** The owner's webhooks on their account: add one (its secret shown once), see attempts, redeliver, turn off, delete. */
@Controller
class WebhooksController {

	private static final int SHOWN_DELIVERIES = 10;

	private static final List<String> NOTICES = List.of("enable", "disable", "delete", "redeliver");

	private final Webhooks webhooks;

	WebhooksController(Webhooks webhooks) {
		this.webhooks = webhooks;
	}

	@GetMapping("/account/webhooks")
	String page(@AuthenticationPrincipal AccountPrincipal owner, @RequestParam(required = false) String notice,
			Model model) {
		return page(owner, null, List.of(), null, notice != null && NOTICES.contains(notice) ? notice : null, model);
	}

	@PostMapping("/account/webhooks")
	String create(@AuthenticationPrincipal AccountPrincipal owner, @RequestParam(defaultValue = "") String url,
			@RequestParam(required = false) List<String> events, @ModelAttribute("ui") Ui ui, Model model,
			HttpServletResponse response) {
		List<String> chosen = events == null ? List.of() : events;
		try {
			var created = webhooks.create(owner.accountId(), url, chosen);
			response.setHeader("Cache-Control", "no-store");
			return page(owner, null, List.of(), created.secret(), "webhooks.created", model);
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("ui", ui.withErrors(e.violations()));
		}
		catch (ConflictException e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("ui", ui.withErrors(List.of(e.violation())));
		}
		return page(owner, url, chosen, null, null, model);
	}

	@PostMapping("/account/webhooks/{id:\\d{1,18}}/{action:enable|disable|delete}")
	String change(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id, @PathVariable String action) {
		switch (action) {
			case "delete" -> webhooks.delete(owner.accountId(), id);
			default -> webhooks.enable(owner.accountId(), id, "enable".equals(action));
		}
		return "redirect:/account/webhooks?notice=" + action;
	}

	@PostMapping("/account/webhooks/{id:\\d{1,18}}/deliveries/{messageId:\\d{1,18}}/redeliver")
	String redeliver(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@PathVariable long messageId, @ModelAttribute("ui") Ui ui, Model model, HttpServletResponse response) {
		try {
			webhooks.redeliver(owner.accountId(), id, messageId);
			return "redirect:/account/webhooks?notice=redeliver";
		}
		catch (ConflictException e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(owner, null, List.of(), null, e.violation().code(), model);
		}
	}

	private String page(AccountPrincipal owner, String url, List<String> chosen, String secret, String notice,
			Model model) {
		var entries = webhooks.list(owner.accountId()).stream()
			.map(w -> new WebhooksPage.Entry(w, webhooks.deliveries(owner.accountId(), w.id()).stream()
				.limit(SHOWN_DELIVERIES).toList()))
			.toList();
		model.addAttribute("page", new WebhooksPage(entries, Webhook.EVENTS, url, chosen, secret,
				notice == null ? null : notice.startsWith("webhooks.") ? notice : "webhooks.notice." + notice));
		return "webhooks/webhooks";
	}
}
