package red.cardinal.leads.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import red.cardinal.account.AccountPrincipal;
import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;
import red.cardinal.leads.Lead;
import red.cardinal.leads.LeadChange;
import red.cardinal.leads.Leads;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.web.Ui;

/** The owner's leads inbox across their cards (or one): search, status, notes, tags, vCard, CSV, delete. */
@Controller
class InboxController {

	private final Leads leads;
	private final CardManagement cards;

	InboxController(Leads leads, CardManagement cards) {
		this.leads = leads;
		this.cards = cards;
	}

	@GetMapping("/dashboard/leads")
	String inbox(@AuthenticationPrincipal AccountPrincipal owner, @RequestParam(required = false) Long card,
			@RequestParam(required = false) String q, @RequestParam(required = false) String status,
			@RequestParam(required = false) String notice, @ModelAttribute("ui") Ui ui, Model model,
			HttpServletResponse response) {
		Map<Long, String> names = cards.list(owner.accountId()).stream()
			.collect(Collectors.toMap(Card::getId, Card::displayName, (a, b) -> a, java.util.LinkedHashMap::new));
		List<Lead> found;
		try {
			found = leads.list(owner.accountId(), card, status, q);
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("ui", ui.withErrors(e.violations()));
			found = List.of();
		}
		var entries = found.stream().map(l -> new InboxPage.Entry(l.id(), l.title(), l.email(), l.phone(), l.company(),
				names.get(l.cardId()), when(l, ui), l.status(), l.tags())).toList();
		var options = names.entrySet().stream()
			.map(e -> new InboxPage.CardOption(e.getKey().toString(), e.getValue())).toList();
		String csv = UriComponentsBuilder.newInstance().queryParamIfPresent("card", java.util.Optional.ofNullable(card))
			.queryParamIfPresent("q", java.util.Optional.ofNullable(q)).queryParamIfPresent("status",
					java.util.Optional.ofNullable(status)).encode().build().getQuery();
		model.addAttribute("page", new InboxPage(options, card == null ? null : card.toString(), q, status,
				Lead.STATUSES, entries, csv == null ? "" : "?" + csv, notice));
		return "leads/inbox";
	}

	@GetMapping("/dashboard/leads.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal AccountPrincipal owner, @RequestParam(required = false) Long card,
			@RequestParam(required = false) String q, @RequestParam(required = false) String status) {
		return Downloads.csv(leads.export(owner.accountId(), card, status, q));
	}

	@GetMapping("/dashboard/leads/{id:\\d{1,18}}")
	String lead(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@RequestParam(required = false) String saved, @ModelAttribute("ui") Ui ui, Model model) {
		Lead lead = leads.get(owner.accountId(), id);
		return page(lead, String.join(", ", lead.tags()), lead.ownerNote(), saved != null ? "editor.saved" : null, ui,
				model);
	}

	@PostMapping("/dashboard/leads/{id:\\d{1,18}}")
	String change(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id, @RequestParam String status,
			@RequestParam(defaultValue = "") String tags, @RequestParam(defaultValue = "") String ownerNote,
			@ModelAttribute("ui") Ui ui, Model model, HttpServletResponse response) {
		try {
			leads.change(owner.accountId(), id, new LeadChange(status, tags(tags), ownerNote));
			return "redirect:/dashboard/leads/" + id + "?saved";
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			Ui refused = ui.withErrors(e.violations());
			model.addAttribute("ui", refused);
			return page(leads.get(owner.accountId(), id), tags, ownerNote, "editor.invalid", refused, model);
		}
	}

	@PostMapping("/dashboard/leads/{id:\\d{1,18}}/delete")
	String delete(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id) {
		leads.delete(owner.accountId(), id);
		return "redirect:/dashboard/leads?notice=deleted";
	}

	@GetMapping("/dashboard/leads/{id:\\d{1,18}}.vcf")
	ResponseEntity<byte[]> vcard(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id) {
		return Downloads.vcard(leads.get(owner.accountId(), id));
	}

	private String page(Lead lead, String tags, String ownerNote, String notice, Ui ui, Model model) {
		String card = cards.find(lead.cardId()).map(Card::displayName).orElse("");
		model.addAttribute("page", new LeadPage(lead, card, when(lead, ui), Lead.STATUSES, tags, ownerNote, notice));
		return "leads/lead";
	}

	/** Tags as typed, comma-separated; {@link Leads#change} checks them. */
	private static List<String> tags(String text) {
		return Arrays.stream(text.split(",", 50)).map(String::strip).filter(t -> !t.isEmpty()).toList();
	}

	private static String when(Lead lead, Ui ui) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(ui.locale())
			.format(lead.createdAt().atOffset(ZoneOffset.UTC)) + " UTC";
	}
}
