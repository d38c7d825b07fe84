package red.cardinal.contact.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import red.cardinal.account.AccountPrincipal;
import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;
import red.cardinal.contact.QrCodes;
import red.cardinal.contact.QrOptions;
import red.cardinal.contact.VCardWriter;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.NotFoundException;
import red.cardinal.web.PublicUrls;
import red.cardinal.web.Ui;

/** The QR code as pages: full screen for visitors, and the owner's options and print downloads. */
@Controller
class QrPageController {

	static final List<String> OPTIONS = List.of("mode", "size", "cm", "ecc", "fg", "bg", "margin", "logo");

	private final CardManagement cards;
	private final PublicUrls urls;

	QrPageController(CardManagement cards, PublicUrls urls) {
		this.cards = cards;
		this.urls = urls;
	}

	@GetMapping("/" + QrController.SLUG + "/qr")
	String show(@PathVariable String slug, Model model) {
		Card card = cards.findLive(slug).orElseThrow(() -> new NotFoundException("Card"));
		model.addAttribute("page", new ShowQrPage(card.displayName(), card.getSlug(), urls.of("/" + card.getSlug())));
		return "contact/show";
	}

	/** The options form; with {@code format}, valid options lead to the download itself. */
	@GetMapping("/dashboard/cards/{id}/qr")
	String options(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@RequestParam Map<String, String> params, @ModelAttribute("ui") Ui ui, Model model,
			HttpServletResponse response) {
		Card card = cards.get(owner.accountId(), id);
		Map<String, String> chosen = new LinkedHashMap<>();
		OPTIONS.forEach(name -> {
			String value = params.get(name);
			if (value != null && !value.isBlank()) {
				chosen.put(name, value.strip());
			}
		});
		String format = params.get("format");
		try {
			QrOptions options = QrOptions.parse(chosen);
			if ("png".equals(format)) {
				options.requirePngPixels();
			}
			String url = urls.of("/" + card.getSlug());
			QrCodes.encode(options.vcard() ? VCardWriter.compact(card, url) : url + "?src=qr", options);
			if (card.isPublished() && ("png".equals(format) || "svg".equals(format))) {
				chosen.put("download", "1");
				return "redirect:" + link(card.getSlug(), format, chosen);
			}
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("ui", ui.withErrors(e.violations()));
		}
		var preview = new LinkedHashMap<>(chosen);
		preview.remove("cm");
		preview.put("size", "240");
		model.addAttribute("page", new QrOptionsPage(card.getId(), card.displayName(), card.isPublished(), chosen,
				link(card.getSlug(), "svg", preview), urls.of("/" + card.getSlug())));
		return "contact/options";
	}

	private static String link(String slug, String format, Map<String, String> params) {
		var builder = UriComponentsBuilder.fromPath("/" + slug + "/qr." + format);
		params.forEach(builder::queryParam);
		return builder.encode().build().toUriString();
	}
}
