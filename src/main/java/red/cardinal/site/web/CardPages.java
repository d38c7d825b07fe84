package red.cardinal.site.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import red.cardinal.card.Address;
import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;
import red.cardinal.card.CardPreviews;
import red.cardinal.design.Design;
import red.cardinal.design.DesignStyles;
import red.cardinal.design.Theme;
import red.cardinal.card.GalleryItem;
import red.cardinal.card.Phone;
import red.cardinal.media.MediaItem;
import red.cardinal.media.MediaManagement;
import red.cardinal.shared.Money;
import red.cardinal.shared.VideoLink;
import red.cardinal.store.Catalog;
import red.cardinal.store.Product;
import red.cardinal.store.ProductDetails;
import red.cardinal.site.web.CardPage.GalleryEntry;
import red.cardinal.contact.InAppBrowsers;
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
	private final MediaManagement media;
	private final PublicUrls urls;
	private final DesignStyles styles;
	private final Catalog catalog;

	CardPages(CardManagement cards, MediaManagement media, PublicUrls urls, DesignStyles styles, Catalog catalog) {
		this.cards = cards;
		this.media = media;
		this.urls = urls;
		this.styles = styles;
		this.catalog = catalog;
	}

	/** The owner's preview: the card's page in the model, its inline style sheet allowed, never cached. */
	@Override
	public String render(Card card, Ui ui, HttpServletRequest request, HttpServletResponse response, Model model) {
		response.setHeader("Cache-Control", "no-store");
		CardPage page = build(card, ui, true, request.getHeader("User-Agent"));
		response.setHeader(ContentSecurityPolicy.HEADER, ContentSecurityPolicy.allowingStyle(page.look().css()));
		model.addAttribute("page", page);
		return "site/card";
	}

	CardPage build(Card card, Ui ui, boolean preview, String userAgent) {
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
				gallery(card, ui), preview, card.getSlug(), InAppBrowsers.app(userAgent).orElse(null), look(card), store(card, ui),
				card.getBooking().enabled() ? card.getBooking().types().stream().map(t -> t.name() + " · " + t.minutes() + " min").toList() : List.of());
	}

	/** The open store's listed products, or null when the store is closed. */
	CardPage.Store store(Card card, Ui ui) {
		if (!card.getStore().enabled()) {
			return null;
		}
		var listed = catalog.listed(card);
		var uploads = media.find(card.getOwnerId(), listed.stream().flatMap(p -> p.getImageIds().stream()).toList());
		var products = listed.stream().map(p -> product(card, p, ui, uploads)).toList();
		var categories = products.stream().map(CardPage.ProductEntry::category).filter(Objects::nonNull).distinct().toList();
		return new CardPage.Store(products, categories, card.getStore().currency());
	}

	CardPage.ProductEntry product(Card card, Product product, Ui ui) {
		return product(card, product, ui, media.find(card.getOwnerId(), product.getImageIds()));
	}

	private CardPage.ProductEntry product(Card card, Product product, Ui ui, java.util.Map<Long, MediaItem> uploads) {
		Currency currency = Currency.getInstance(card.getStore().currency());
		ProductDetails d = product.details();
		List<String> images = product.getImageIds().stream().map(uploads::get).filter(Objects::nonNull)
			.map(m -> media.url(m.width() > 640 ? m.key().replace(".jpg", "-640.jpg") : m.key())).toList();
		var options = d.options().stream().map(o -> new CardPage.OptionEntry(o.name(), o.values().stream()
			.map(v -> new CardPage.ValueEntry(v.label(), v.priceDeltaMinor() == 0 ? null
					: (v.priceDeltaMinor() > 0 ? "+" : "−") + new Money(Math.abs(v.priceDeltaMinor()), currency).format(ui.locale()),
					v.priceDeltaMinor()))
			.toList())).toList();
		return new CardPage.ProductEntry(d.slug(), d.name(), d.description(),
				new Money(d.priceMinor(), currency).format(ui.locale()),
				d.compareAtMinor() == null || d.compareAtMinor() <= d.priceMinor() ? null
						: new Money(d.compareAtMinor(), currency).format(ui.locale()),
				d.category(), images.isEmpty() ? null : images.get(0), images, !product.orderable(),
				"/" + card.getSlug() + "/p/" + d.slug(), options, d.priceMinor());
	}

	private CardPage.Look look(Card card) {
		Design design = card.getDesign();
		Theme theme = Theme.of(design.theme()).orElse(Theme.CLASSIC);
		String accent = design.colors().accent() != null ? design.colors().accent() : theme.palette().accent();
		return new CardPage.Look(theme.id(), theme.layout(), styles.css(design), cards.coverUrl(card),
				design.visibleSections(), accent);
	}

	private List<GalleryEntry> gallery(Card card, Ui ui) {
		var uploads = cards.galleryMedia(card);
		var entries = new java.util.ArrayList<GalleryEntry>();
		for (GalleryItem item : card.getGallery()) {
			if (item.video()) {
				var video = VideoLink.parse(item.videoUrl());
				entries.add(new GalleryEntry(true, video.watchUrl(), null, null, 0, 0, null,
						item.caption() != null ? item.caption() : ui.t("site.gallery.video"), video.embedUrl()));
				continue;
			}
			MediaItem upload = uploads.get(item.mediaId());
			if (upload == null) {
				continue;
			}
			String large = media.url(upload.key());
			String small = media.url(upload.key().replace(".jpg", "-320.jpg"));
			String medium = media.url(upload.key().replace(".jpg", "-640.jpg"));
			String srcset = upload.width() > 640 ? small + " 320w, " + medium + " 640w, " + large + " " + upload.width() + "w"
					: upload.width() > 320 ? small + " 320w, " + large + " " + upload.width() + "w" : null;
			entries.add(new GalleryEntry(false, large, upload.width() > 320 ? small : large, srcset, upload.width(),
					upload.height(), item.alt() != null ? item.alt() : item.caption() != null ? item.caption() : "",
					item.caption(), null));
		}
		return entries;
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
