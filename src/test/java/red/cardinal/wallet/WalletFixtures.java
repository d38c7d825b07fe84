package red.cardinal.wallet;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.support.ResourceBundleMessageSource;

import red.cardinal.card.Card;
import red.cardinal.card.Email;
import red.cardinal.card.Phone;
import red.cardinal.design.Design;
import red.cardinal.media.MediaManagement;
import red.cardinal.web.PublicUrls;
import red.cardinal.web.Ui;

/** A card (with text that tries to escape every format it lands in), its photo and the instance around it, for unit tests. */
final class WalletFixtures {

	static final String BASE = "https://cards.example";

	static final String HOSTILE_NAME = "Ana \"García\" </script><script>alert(1)</script>\r\nX-Evil: 1 \u202Eesrever\\";

	private WalletFixtures() {
	}

	static Card card(long id, String slug, String name, String photoKey) {
		Card card = mock(Card.class);
		when(card.getId()).thenReturn(id);
		when(card.getSlug()).thenReturn(slug);
		when(card.displayName()).thenReturn(name);
		when(card.getJobTitle()).thenReturn("Photographer\n<b>bold</b>");
		when(card.getOrganization()).thenReturn("Luz & Co. \u0627\u0644\u0636\u0648\u0621");
		when(card.getPhones()).thenReturn(List.of(new Phone("work", "+34612345678", true)));
		when(card.getEmails()).thenReturn(List.of(new Email("work", "ana@example.com")));
		when(card.getDesign()).thenReturn(Design.DEFAULT);
		when(card.getPhotoKey()).thenReturn(photoKey);
		when(card.versionTag()).thenReturn("3.1");
		return card;
	}

	static PublicUrls urls() {
		PublicUrls urls = mock(PublicUrls.class);
		when(urls.base()).thenReturn(BASE);
		when(urls.of(anyString())).thenAnswer(call -> BASE + call.getArgument(0));
		return urls;
	}

	static MediaManagement media(byte[] photo) {
		MediaManagement media = mock(MediaManagement.class);
		when(media.contactPhoto(anyString())).thenReturn(Optional.ofNullable(photo));
		when(media.url(anyString())).thenAnswer(call -> "/media/" + call.getArgument(0));
		return media;
	}

	static Ui ui(Locale locale) {
		var messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/wallet");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new Ui(messages, locale, null, null, false, Map.of());
	}

	static WalletCertificates certificates(Map<String, String> properties) {
		var apple = new WalletProperties.Apple(properties.get("cardinal.wallet.apple.pass-type-id"),
				properties.get("cardinal.wallet.apple.team-id"), properties.get("cardinal.wallet.apple.certificate"),
				properties.get("cardinal.wallet.apple.certificate-password"),
				properties.get("cardinal.wallet.apple.wwdr-certificate"));
		var google = new WalletProperties.Google(properties.get("cardinal.wallet.google.issuer-id"),
				properties.get("cardinal.wallet.google.service-account-key"));
		return new WalletCertificates(new WalletProperties(apple, google), Optional.empty());
	}
}
