package red.cardinal.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Signature;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import red.cardinal.card.Card;

class GoogleWalletLinksTest {

	@TempDir
	static Path dir;

	static TestWalletKeys.Google keys;

	static GoogleWalletLinks links;

	@BeforeAll
	static void configure() {
		keys = TestWalletKeys.google(dir);
		links = new GoogleWalletLinks(WalletFixtures.certificates(keys.properties()), WalletFixtures.urls(),
				WalletFixtures.media(null), Optional.empty());
	}

	@Test
	void signsTheLinkWithTheServiceAccountsKeyAndClaimsWhatGoogleAsks() throws Exception {
		String link = links.link(WalletFixtures.card(42, "ana-garcia", "Ana García", "photo-key")).orElseThrow();
		assertThat(link).startsWith("https://pay.google.com/gp/v/save/");
		String[] jwt = link.substring(GoogleWalletLinks.SAVE.length()).split("\\.");
		assertThat(jwt).hasSize(3);
		Signature rsa = Signature.getInstance("SHA256withRSA");
		rsa.initVerify(keys.keys().getPublic());
		rsa.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
		assertThat(rsa.verify(Base64.getUrlDecoder().decode(jwt[2]))).isTrue();
		assertThat(json(jwt[0]).path("alg").asString()).isEqualTo("RS256");
		JsonNode claims = json(jwt[1]);
		assertThat(claims.path("iss").asString()).isEqualTo(TestWalletKeys.CLIENT_EMAIL);
		assertThat(claims.path("aud").asString()).isEqualTo("google");
		assertThat(claims.path("typ").asString()).isEqualTo("savetowallet");
		assertThat(claims.path("origins").path(0).asString()).isEqualTo(WalletFixtures.BASE);
		JsonNode pass = claims.path("payload").path("genericObjects").path(0);
		assertThat(pass.path("id").asString()).isEqualTo(TestWalletKeys.ISSUER_ID + ".card-42");
		assertThat(pass.path("classId").asString())
			.isEqualTo(claims.path("payload").path("genericClasses").path(0).path("id").asString())
			.startsWith(TestWalletKeys.ISSUER_ID + ".");
		assertThat(pass.path("header").path("defaultValue").path("value").asString()).isEqualTo("Ana García");
		assertThat(pass.path("cardTitle").path("defaultValue").path("value").asString()).startsWith("Luz & Co.");
		assertThat(pass.path("hexBackgroundColor").asString()).isEqualTo("#b3122e");
		assertThat(pass.path("barcode").path("type").asString()).isEqualTo("QR_CODE");
		assertThat(pass.path("barcode").path("value").asString()).isEqualTo("https://cards.example/ana-garcia?src=qr");
		assertThat(pass.path("logo").path("sourceUri").path("uri").asString())
			.isEqualTo("https://cards.example/media/photo-key");
	}

	@Test
	void keepsHostileTextAsTextAndTheLinkShortWhateverTheCardSays() {
		Card card = WalletFixtures.card(7, "x".repeat(40), WalletFixtures.HOSTILE_NAME.repeat(20), null);
		String link = links.link(card).orElseThrow();
		assertThat(link.length()).isLessThanOrEqualTo(GoogleWalletLinks.MAX_LINK);
		JsonNode pass = json(link.substring(GoogleWalletLinks.SAVE.length()).split("\\.")[1]).path("payload")
			.path("genericObjects").path(0);
		String header = pass.path("header").path("defaultValue").path("value").asString();
		assertThat(header).startsWith("Ana \"García\" </script><script>alert(1)</script> X-Evil: 1").doesNotContain("\r", "\n");
		assertThat(header.codePointCount(0, header.length())).isLessThanOrEqualTo(GoogleWalletLinks.MAX_TEXT);
		assertThat(pass.path("subheader").path("defaultValue").path("value").asString()).isEqualTo("Photographer <b>bold</b>");
		System.out.printf("Google Wallet link of the longest card: %d characters%n", link.length());
	}

	@Test
	void saysLessWhenTheCardsTextWouldMakeTheLinkTooLong() {
		Card card = WalletFixtures.card(8, "y".repeat(40), "\uD83D\uDE00".repeat(300), "photo-key");
		org.mockito.Mockito.when(card.getOrganization()).thenReturn("\u4e2d".repeat(300));
		org.mockito.Mockito.when(card.getJobTitle()).thenReturn("\uD83D\uDCF7".repeat(300));
		String link = links.link(card).orElseThrow();
		assertThat(link.length()).isLessThanOrEqualTo(GoogleWalletLinks.MAX_LINK);
		JsonNode pass = json(link.substring(GoogleWalletLinks.SAVE.length()).split("\\.")[1]).path("payload")
			.path("genericObjects").path(0);
		assertThat(pass.path("header").path("defaultValue").path("value").asString()).startsWith("\uD83D\uDE00\uD83D\uDE00");
		assertThat(pass.has("subheader")).isFalse();
		assertThat(pass.path("barcode").path("value").asString()).endsWith("/" + "y".repeat(40) + "?src=qr");
		System.out.printf("Google Wallet link of a card in emoji: %d characters%n", link.length());
	}

	@Test
	void hasNoLinkWithoutAServiceAccount() {
		var off = new GoogleWalletLinks(WalletFixtures.certificates(java.util.Map.of()), WalletFixtures.urls(),
				WalletFixtures.media(null), Optional.empty());
		assertThat(off.available()).isFalse();
		assertThat(off.link(WalletFixtures.card(1, "ana", "Ana", null))).isEmpty();
	}

	private static JsonNode json(String base64url) {
		return JsonMapper.shared().readTree(Base64.getUrlDecoder().decode(base64url));
	}
}
