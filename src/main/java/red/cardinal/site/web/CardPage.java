package red.cardinal.site.web;

import java.util.List;
import java.util.Map;

import gg.jte.Content;

import red.cardinal.design.Look;

/**
 * What a visitor sees of a card, ready to render: every href already built from validated
 * values, every empty section already left out. The sections' parts ({@code parts}, by their key
 * in the design's order) come rendered by their own modules, and so does the wallet badge for the
 * visitor's platform ({@code wallet}, null for none).
 */
public record CardPage(String name, String jobTitle, String organization, List<BioPart> bio, String photoUrl,
		String vcardUrl, String canonicalUrl, String description, String imageUrl, List<Action> phones,
		List<Action> emails, List<Action> websites, List<Action> addresses, List<SocialLink> links,
		List<ServiceItem> services, boolean preview, String slug, String inAppBrowser, Look look,
		Map<String, Content> parts, Content wallet) {

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
