package red.cardinal.site.web;

import java.util.List;

/**
 * What a visitor sees of a card, ready to render: every href already built from validated
 * values, every empty section already left out.
 */
public record CardPage(String name, String jobTitle, String organization, List<BioPart> bio, String photoUrl,
		String vcardUrl, String canonicalUrl, String description, String imageUrl, List<Action> phones,
		List<Action> emails, List<Action> websites, List<Action> addresses, List<SocialLink> links,
		List<ServiceItem> services, List<GalleryEntry> gallery, boolean preview, String slug, String inAppBrowser, Look look, Store store, List<String> bookingTypes) {

	/**
	 * The card's design: its theme and header layout, the style sheet to inline (built only from
	 * validated values), the cover image, and the sections to show in order.
	 */
	public record Look(String theme, String layout, String css, String coverUrl, List<String> sections,
			String themeColor) {
	}

	/** The card's open store: its listed products and their categories; null when the store is closed. */
	public record Store(List<ProductEntry> products, List<String> categories, String currency) {
	}

	/** A product as the card page and its own page show it; prices already formatted for the visitor. */
	public record ProductEntry(String slug, String name, String description, String price, String compareAt,
			String category, String imageSrc, List<String> images, boolean soldOut, String href,
			List<OptionEntry> options, long priceMinor) {
	}

	public record OptionEntry(String name, List<ValueEntry> values) {
	}

	/** A value of an option, with its price change as text ("+€2.00") or null. */
	public record ValueEntry(String label, String delta, long deltaMinor) {
	}

	/** An image (opens large; {@code srcset} for the grid) or a video (a link, or a player once tapped). */
	public record GalleryEntry(boolean video, String href, String src, String srcset, int width, int height,
			String alt, String caption, String embed) {
	}

	/** A piece of the bio: plain text, or a link when {@code href} is set; {@code "\n"} is a line break. */
	public record BioPart(String text, String href) {

		public boolean lineBreak() {
			return href == null && "\n".equals(text);
		}
	}

	/** A tappable line: call, WhatsApp, mail, website or map. */
	public record Action(String label, String text, String href, String icon, String whatsappHref) {
	}

	/** A social link: {@code href} is the counted redirect, {@code url} the profile itself (for {@code rel=me}). */
	public record SocialLink(String href, String label, String network, String icon, String url) {
	}

	public record ServiceItem(String title, String description, String price) {
	}

	public boolean hasContact() {
		return !phones.isEmpty() || !emails.isEmpty() || !websites.isEmpty() || !addresses.isEmpty();
	}
}
