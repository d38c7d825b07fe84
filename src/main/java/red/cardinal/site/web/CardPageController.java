package red.cardinal.site.web;

import java.io.IOException;

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
import red.cardinal.card.CardManagement;
import red.cardinal.card.CardStamp;
import red.cardinal.shared.NotFoundException;
import red.cardinal.web.ContentSecurityPolicy;
import red.cardinal.web.PublicPages;
import red.cardinal.web.Ui;

/**
 * The public card page. Only slug-shaped first segments reach it, so it never shadows the app's
 * own paths. A former slug answers 301 to the current one, so printed QR codes keep working. An
 * anonymous visitor's page is offered to {@link PublicPages}, which answers the next views of it.
 */
@Controller
class CardPageController {

	private final CardManagement cards;
	private final CardPages pages;
	private final RenderedCards rendered;
	private final Analytics analytics;
	private final PublicPages kept;

	CardPageController(CardManagement cards, CardPages pages, RenderedCards rendered, Analytics analytics,
			PublicPages kept) {
		this.cards = cards;
		this.pages = pages;
		this.rendered = rendered;
		this.analytics = analytics;
		this.kept = kept;
	}

	@GetMapping("/{slug:[a-z0-9][a-z0-9-]{1,38}[a-z0-9]}")
	void card(@PathVariable String slug, @ModelAttribute("ui") Ui ui, WebRequest web, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		CardStamp stamp = cards.findPublishedStamp(slug).orElseThrow(() -> new NotFoundException("Card"));
		if (!stamp.slug().equals(slug)) {
			String query = request.getQueryString();
			response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
			response.setHeader("Location", "/" + stamp.slug() + (query == null ? "" : "?" + query));
			return;
		}
		long cardId = stamp.id();
		count(cardId, request);
		kept.keep(request, cardId, view -> count(cardId, view));
		// weak: Tomcat compresses only responses without a strong ETag, and the bytes differ when compressed
		String etag = "W/\"" + cardId + "-" + rendered.tag(stamp) + "-" + ui.lang() + "\"";
		// asked again each time (a 304 while unchanged), so an owner who just saved sees the change at once
		response.setHeader("Cache-Control", CacheControl.noCache().cachePublic().getHeaderValue());
		// as Tomcat writes it again when it may compress: the same whether it or the short path sends it
		response.setHeader("Vary", "accept-language,user-agent,accept-encoding");
		if (web.checkNotModified(etag)) {
			return;
		}
		var card = cards.findLive(slug).orElseThrow(() -> new NotFoundException("Card"));
		RenderedCards.Page page = rendered.render(card, ui, request.getHeader("User-Agent"));
		response.setHeader(ContentSecurityPolicy.HEADER, page.contentSecurityPolicy());
		response.setContentType("text/html;charset=UTF-8");
		response.setLocale(ui.locale());
		response.setContentLength(page.html().length);
		response.getOutputStream().write(page.html());
	}

	/** A view, and a scan or tap when it came from the card's QR code or NFC tag ({@code ?src=qr|nfc}). */
	private void count(long cardId, HttpServletRequest request) {
		analytics.record(cardId, EventType.VIEW, request);
		String src = request.getParameter("src");
		if ("qr".equals(src) || "nfc".equals(src)) {
			analytics.record(cardId, "qr".equals(src) ? EventType.QR : EventType.NFC, request);
		}
	}

	@GetMapping("/dashboard/cards/{id}/preview")
	String preview(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id, @ModelAttribute("ui") Ui ui,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		return pages.render(cards.get(owner.accountId(), id), ui, request, response, model);
	}
}
