package red.cardinal.site.web;

import java.util.List;

/**
 * What a visitor sees of a card, ready to render: every href already built from validated
 * values, every empty section already left out.
 */
public record CardPage(String name, String jobTitle, String organization, List<BioPart> bio, String photoUrl,
		String vcardUrl, String canonicalUrl, String description, String imageUrl, List<Action> phones,
		List<Action> emails, List<Action> websites, List<Action> addresses, List<SocialLink> links,
		List<ServiceItem> services, List<GalleryEntry> gallery, boolean preview, String slug, String inAppBrowser, Look look) {

	/**
	 * The card's design: its theme and header layout, the style sheet to inline (built only from
	 * validated values), the cover image, and the sections to show in order.
	 */
	public record Look(String theme, String layout, String css, String coverUrl, List<String> sections,
			String themeColor) {
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

	public record SocialLink(String href, String label, String network, String icon) {
	}

	public record ServiceItem(String title, String description, String price) {
	}

	public boolean hasContact() {
		return !phones.isEmpty() || !emails.isEmpty() || !websites.isEmpty() || !addresses.isEmpty();
	}
}
