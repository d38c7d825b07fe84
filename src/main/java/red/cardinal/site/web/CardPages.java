package red.cardinal.site.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import red.cardinal.card.Address;
import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;
import red.cardinal.card.CardPagePart;
import gg.jte.Content;
import red.cardinal.card.CardPreviews;
import red.cardinal.design.DesignStyles;
import red.cardinal.card.Phone;
import red.cardinal.wallet.WalletButtons;
import red.cardinal.web.DevicePlatform;
import red.cardinal.web.InAppBrowsers;
import red.cardinal.shared.PhoneNumber;
import red.cardinal.site.web.CardPage.Action;
import red.cardinal.site.web.CardPage.ServiceItem;
import red.cardinal.site.web.CardPage.SocialLink;
import red.cardinal.web.ContentSecurityPolicy;
import red.cardinal.web.PublicUrls;
import red.cardinal.web.Ui;

/** Builds what a visitor sees of a card from the card itself, in the card's design. */
@Component
class CardPages implements CardPreviews {

	private final CardManagement cards;
	private final PublicUrls urls;
	private final DesignStyles styles;
	private final ObjectProvider<CardPagePart> parts;
	private final WalletButtons wallet;
	/** {@link #parts}, found once: every page rendered asks them. */
	private volatile List<CardPagePart> found;

	CardPages(CardManagement cards, PublicUrls urls, DesignStyles styles, ObjectProvider<CardPagePart> parts,
			WalletButtons wallet) {
		this.cards = cards;
		this.wallet = wallet;
		this.urls = urls;
		this.styles = styles;
		this.parts = parts;
	}

	/** The owner's preview: the card's page in the model, its inline style sheet allowed, never cached. */
	@Override
	public String render(Card card, CardPagePart draft, Ui ui, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		response.setHeader("Cache-Control", "no-store");
		CardPage page = build(card, ui, true, request.getHeader("User-Agent"), draft);
		response.setHeader(ContentSecurityPolicy.HEADER, ContentSecurityPolicy.allowingStyle(page.look().css()));
		model.addAttribute("page", page);
		return "site/card";
	}

	CardPage build(Card card, Ui ui, boolean preview, String userAgent) {
		return build(card, ui, preview, userAgent, null);
	}

	private CardPage build(Card card, Ui ui, boolean preview, String userAgent, CardPagePart draft) {
		String photo = cards.photoUrl(card);
		String headline = Stream.of(card.getJobTitle(), card.getOrganization())
			.filter(Objects::nonNull)
			.collect(Collectors.joining(" · "));
		String description = card.getBio() != null ? abbreviate(card.getBio().replace('\n', ' '), 200)
				: headline.isEmpty() ? ui.t("site.description", card.displayName()) : headline;
		return new CardPage(card.displayName(), card.getJobTitle(), card.getOrganization(), BioText.parse(card.getBio()),
				photo, "/" + card.getSlug() + ".vcf", urls.of("/" + card.getSlug()), description,
				photo == null ? null : urls.of(photo), java.util.stream.IntStream.range(0, card.getPhones().size())
					.mapToObj(i -> phone(card.getPhones().get(i), "/" + card.getSlug() + "/go/whatsapp/" + i, ui)).toList(),
				card.getEmails().stream()
					.map(e -> new Action(ui.t("site.email." + e.type()), e.address(), "mailto:" + e.address(), "mail", null))
					.toList(),
				card.getWebsites().stream()
					.map(w -> new Action(w.label() == null ? ui.t("site.website") : w.label(), display(w.url()), w.url(),
							"globe", null))
					.toList(),
				card.getAddresses().stream().map(a -> address(a, ui)).toList(),
				java.util.stream.IntStream.range(0, card.getLinks().size()).mapToObj(i -> {
					var l = card.getLinks().get(i);
					return new SocialLink("/" + card.getSlug() + "/go/" + i, l.label() != null ? l.label()
							: l.network().displayName(), l.network().displayName(), l.network().id(), l.url());
				}).toList(),
				card.getServices().stream().map(s -> new ServiceItem(s.title(), s.description(), s.price())).toList(),
				preview, card.getSlug(), InAppBrowsers.app(userAgent).orElse(null),
				styles.look(card.getDesign(), cards.coverUrl(card)), parts(card, ui, preview, draft),
				wallet(card, ui, userAgent));
	}

	/**
	 * The wallet badge for the visitor's platform; none inside a social app's browser, where a pass
	 * does not open and Google refuses to sign in.
	 */
	private Content wallet(Card card, Ui ui, String userAgent) {
		return InAppBrowsers.app(userAgent).isPresent() ? null : wallet.render(card, ui, DevicePlatform.of(userAgent));
	}

	/**
	 * Each section's part of the page that shows something, by its key in the design's order; a
	 * {@code draft} (or null) stands in for the part of its key.
	 */
	private Map<String, Content> parts(Card card, Ui ui, boolean preview, CardPagePart draft) {
		var visit = new CardPagePart.Visit(ui, preview);
		var parts = new LinkedHashMap<String, Content>();
		for (CardPagePart part : parts()) {
			boolean drafted = draft != null && draft.key().equals(part.key());
			Content content = (drafted ? draft : part).render(card, visit);
			if (content != null) {
				parts.put(part.key(), content);
			}
		}
		return parts;
	}

	/** What the parts say about their own changes (see {@link CardPagePart#changeToken}), by key. */
	Map<String, String> changeTokens(long cardId) {
		var tokens = new java.util.HashMap<String, String>();
		parts().forEach(p -> {
			String token = p.changeToken(cardId);
			if (token != null) {
				tokens.put(p.key(), token);
			}
		});
		return tokens;
	}

	private List<CardPagePart> parts() {
		List<CardPagePart> all = found;
		if (all == null) {
			all = parts.orderedStream().toList();
			found = all;
		}
		return all;
	}

	/** A phone line; its WhatsApp link goes through {@code whatsapp}, a counted redirect to wa.me. */
	private static Action phone(Phone p, String whatsapp, Ui ui) {
		var number = new PhoneNumber(p.number());
		return new Action(ui.t("site.phone." + p.type()), number.international(), "tel:" + number.e164(), "phone",
				p.whatsapp() ? whatsapp : null);
	}

	private static Action address(Address a, Ui ui) {
		String text = Stream.of(a.street(), Stream.of(a.postalCode(), a.locality()).filter(Objects::nonNull)
			.collect(Collectors.joining(" ")), a.region(), a.country())
			.filter(s -> s != null && !s.isBlank())
			.collect(Collectors.joining(", "));
		return new Action(ui.t("site.address." + a.type()), text,
				"https://www.openstreetmap.org/search?query=" + URLEncoder.encode(text, StandardCharsets.UTF_8), "pin",
				null);
	}

	/** A URL as people read it: the host and path, without the scheme or a trailing slash. */
	static String display(String url) {
		try {
			URI uri = URI.create(url);
			String path = uri.getRawPath() == null || "/".equals(uri.getRawPath()) ? "" : uri.getPath();
			return uri.getHost() == null ? url : uri.getHost().replaceFirst("^www\\.", "") + path;
		}
		catch (IllegalArgumentException e) {
			return url;
		}
	}

	private static String abbreviate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
	}
}
