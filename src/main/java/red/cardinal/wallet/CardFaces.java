package red.cardinal.wallet;

import org.springframework.stereotype.Component;

import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;
import red.cardinal.design.Design;
import red.cardinal.design.DesignStyles;
import red.cardinal.design.Font;
import red.cardinal.web.PublicUrls;

/** Reads an owner's card into the {@link CardFace} a signature or a background is drawn from. */
@Component
class CardFaces {

	private final CardManagement cards;
	private final DesignStyles styles;
	private final PublicUrls urls;

	CardFaces(CardManagement cards, DesignStyles styles, PublicUrls urls) {
		this.cards = cards;
		this.styles = styles;
		this.urls = urls;
	}

	/** The owner's card; someone else's id is as unknown as a missing one. */
	CardFace of(long ownerId, long cardId) {
		Card card = cards.get(ownerId, cardId);
		Design design = card.getDesign();
		Design.Colors colors = styles.colors(design);
		var files = Font.of(design.font()).orElse(Font.SYSTEM).files();
		String photo = cards.photoUrl(card);
		String cardUrl = urls.of("/" + card.getSlug());
		return new CardFace(card.displayName(), card.getJobTitle(), card.getOrganization(),
				card.getPhones().isEmpty() ? null : card.getPhones().get(0).number(),
				card.getEmails().isEmpty() ? null : card.getEmails().get(0).address(), cardUrl,
				photo == null ? null : absolute(photo), urls.of("/" + card.getSlug() + "/qr.png?size=160"),
				colors.accent(), colors.background(), colors.text(), fontName(files, 0), fontName(files, files.size() - 1));
	}

	private String absolute(String url) {
		return url.startsWith("/") ? urls.of(url) : url;
	}

	/** {@code /assets/fonts/inter-700.woff2} → {@code inter-700}; the system pairing draws with Inter. */
	private static String fontName(java.util.List<String> files, int index) {
		if (files.isEmpty()) {
			return index == 0 ? "inter-700" : "inter-400";
		}
		String file = files.get(Math.max(0, index));
		return file.substring(file.lastIndexOf('/') + 1, file.lastIndexOf('.'));
	}
}
