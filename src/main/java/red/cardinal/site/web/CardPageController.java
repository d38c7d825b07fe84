package red.cardinal.site.web;

import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

import red.cardinal.account.AccountPrincipal;
import red.cardinal.analytics.Analytics;
import red.cardinal.analytics.EventType;
import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;
import red.cardinal.card.SlugLookup;
import red.cardinal.shared.NotFoundException;
import red.cardinal.web.Ui;

/**
 * The public card page. Only slug-shaped first segments reach it, so it never shadows the app's
 * own paths. A former slug answers 301 to the current one, so printed QR codes keep working.
 */
@Controller
class CardPageController {

	private final CardManagement cards;
	private final CardPages pages;
	private final Analytics analytics;

	CardPageController(CardManagement cards, CardPages pages, Analytics analytics) {
		this.cards = cards;
		this.pages = pages;
		this.analytics = analytics;
	}

	@GetMapping("/{slug:[a-z0-9][a-z0-9-]{1,38}[a-z0-9]}")
	String card(@PathVariable String slug, @ModelAttribute("ui") Ui ui, WebRequest web, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		SlugLookup found = cards.findPublished(slug).orElseThrow(() -> new NotFoundException("Card"));
		if (found instanceof SlugLookup.Moved moved) {
			String query = request.getQueryString();
			response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
			response.setHeader("Location", "/" + moved.slug() + (query == null ? "" : "?" + query));
			return null;
		}
		Card card = ((SlugLookup.Found) found).card();
		analytics.record(card, EventType.VIEW, request);
		String src = request.getParameter("src");
		if ("qr".equals(src) || "nfc".equals(src)) {
			analytics.record(card, "qr".equals(src) ? EventType.QR : EventType.NFC, request);
		}
		// weak: Tomcat compresses only responses without a strong ETag, and the bytes differ when compressed
		String etag = "W/\"" + card.getId() + "-" + pages.lastChange(card).toEpochMilli() + "-" + ui.lang() + "\"";
		response.setHeader("Cache-Control", CacheControl.maxAge(60, TimeUnit.SECONDS).cachePublic().getHeaderValue());
		response.setHeader("Vary", "Accept-Language, User-Agent");
		if (web.checkNotModified(etag)) {
			return null;
		}
		return pages.show(card, ui, false, request, response, model);
	}

	@GetMapping("/dashboard/cards/{id}/preview")
	String preview(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id, @ModelAttribute("ui") Ui ui,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		return pages.render(cards.get(owner.accountId(), id), ui, request, response, model);
	}
}
