package red.cardinal.site.web;

import java.io.IOException;
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
import red.cardinal.card.CardManagement;
import red.cardinal.card.CardStamp;
import red.cardinal.shared.NotFoundException;
import red.cardinal.web.ContentSecurityPolicy;
import red.cardinal.web.Ui;

/**
 * The public card page. Only slug-shaped first segments reach it, so it never shadows the app's
 * own paths. A former slug answers 301 to the current one, so printed QR codes keep working.
 */
@Controller
class CardPageController {

	private final CardManagement cards;
	private final CardPages pages;
	private final RenderedCards rendered;
	private final Analytics analytics;

	CardPageController(CardManagement cards, CardPages pages, RenderedCards rendered, Analytics analytics) {
		this.cards = cards;
		this.pages = pages;
		this.rendered = rendered;
		this.analytics = analytics;
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
		var card = rendered.card(stamp).orElseThrow(() -> new NotFoundException("Card"));
		analytics.record(card.card(), EventType.VIEW, request);
		String src = request.getParameter("src");
		if ("qr".equals(src) || "nfc".equals(src)) {
			analytics.record(card.card(), "qr".equals(src) ? EventType.QR : EventType.NFC, request);
		}
		// weak: Tomcat compresses only responses without a strong ETag, and the bytes differ when compressed
		String etag = "W/\"" + stamp.id() + "-" + card.tag() + "-" + ui.lang() + "\"";
		response.setHeader("Cache-Control", CacheControl.maxAge(60, TimeUnit.SECONDS).cachePublic().getHeaderValue());
		response.setHeader("Vary", "Accept-Language, User-Agent, Accept-Encoding");
		if (web.checkNotModified(etag)) {
			return;
		}
		RenderedCards.Page page = rendered.page(card, ui, request.getHeader("User-Agent"));
		response.setHeader(ContentSecurityPolicy.HEADER, page.contentSecurityPolicy());
		response.setContentType("text/html;charset=UTF-8");
		response.setLocale(ui.locale());
		byte[] body = page.html();
		if (acceptsGzip(request.getHeader("Accept-Encoding"))) {
			// Tomcat leaves a response that already has a Content-Encoding alone
			response.setHeader("Content-Encoding", "gzip");
			body = page.gzipped();
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/** Whether Accept-Encoding takes gzip: listed, and not with {@code q=0}. */
	static boolean acceptsGzip(String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		for (String part : acceptEncoding.split(",")) {
			String[] coding = part.split(";");
			if (coding[0].strip().equalsIgnoreCase("gzip")) {
				return coding.length == 1 || !coding[1].strip().replace(" ", "").matches("q=0(\\.0*)?");
			}
		}
		return false;
	}

	@GetMapping("/dashboard/cards/{id}/preview")
	String preview(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id, @ModelAttribute("ui") Ui ui,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		return pages.render(cards.get(owner.accountId(), id), ui, request, response, model);
	}
}
