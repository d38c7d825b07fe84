package red.cardinal.wallet;

import java.util.Map;

import org.springframework.stereotype.Component;

import gg.jte.Content;
import gg.jte.TemplateEngine;

import red.cardinal.card.Card;
import red.cardinal.web.DevicePlatform;
import red.cardinal.web.Ui;

/**
 * The card page's "Add to Apple Wallet" badge on Apple devices and "Add to Google Wallet" on
 * Android, each only while its wallet is configured. Plain links with an inline picture: no script,
 * nothing from another host. The page is kept per platform, so this may differ by it.
 */
@Component
public class WalletButtons {

	/** A badge: {@code apple} or {@code google}, and where it leads. */
	public record Badge(String wallet, String href) {
	}

	private final ApplePasses apple;
	private final GoogleWalletLinks google;
	private final TemplateEngine templates;

	WalletButtons(ApplePasses apple, GoogleWalletLinks google, TemplateEngine templates) {
		this.apple = apple;
		this.google = google;
		this.templates = templates;
	}

	/** The badge this platform's visitors get for the card, or null for none. */
	public Content render(Card card, Ui ui, DevicePlatform platform) {
		Badge badge = badge(card.getSlug(), platform);
		return badge == null ? null
				: output -> templates.render("wallet/buttons.jte", Map.of("ui", ui, "badge", badge), output);
	}

	Badge badge(String slug, DevicePlatform platform) {
		if (platform == DevicePlatform.APPLE && apple.available()) {
			return new Badge("apple", "/" + slug + "/wallet.pkpass");
		}
		if (platform == DevicePlatform.ANDROID && google.available()) {
			return new Badge("google", "/" + slug + "/wallet/google");
		}
		return null;
	}
}
