package red.cardinal.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SignatureHtmlTest {

	static final CardFace ANA = new CardFace("Ana <script>alert(1)</script> \"O'Neil\"\r\nBcc: x@evil.test", "CTO",
			"Acme & Sons", "+34 600 123 456", "ana@example.com", "https://cards.example.com/ana",
			"https://cards.example.com/media/ab12.jpg", "https://cards.example.com/ana/qr.png?size=160", "#b3122e",
			"#f4f4f6", "#1c1c1f", "inter-700", "inter-400");

	@ParameterizedTest
	@ValueSource(strings = { "photo", "simple", "qr" })
	void escapesEveryTextOfTheCardSoAScriptInTheNameStaysText(String layout) {
		String html = SignatureHtml.html(ANA, layout);
		assertThat(html).doesNotContain("<script").contains("Ana &lt;script&gt;alert(1)&lt;/script&gt; &quot;O&#39;Neil&quot; Bcc:")
			.contains("Acme &amp; Sons").doesNotContain("\r").doesNotContain("\n");
	}

	@ParameterizedTest
	@ValueSource(strings = { "photo", "simple", "qr" })
	void usesInlineStylesOnlyInOneTable(String layout) {
		String html = SignatureHtml.html(ANA, layout);
		assertThat(html).startsWith("<table").endsWith("</table>").doesNotContain("<style").doesNotContain("class=")
			.doesNotContain("<script").doesNotContain("javascript:").doesNotContain(" on").contains("style=\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "photo", "simple", "qr" })
	void linksAreTapToCallMailAndTheCardWithAbsoluteHttpsImages(String layout) {
		String html = SignatureHtml.html(ANA, layout);
		assertThat(html).contains("href=\"tel:+34600123456\"").contains("href=\"mailto:ana@example.com\"")
			.contains("href=\"https://cards.example.com/ana\"");
		var src = Pattern.compile("src=\"([^\"]*)\"").matcher(html);
		int images = 0;
		while (src.find()) {
			assertThat(src.group(1)).startsWith("https://cards.example.com/");
			images++;
		}
		assertThat(images).isEqualTo("simple".equals(layout) ? 0 : 1);
	}

	@Test
	void aPhotoLayoutWithoutAPhotoIsTheSimpleOne() {
		var noPhoto = new CardFace("Ana", null, null, null, null, "https://cards.example.com/ana", null,
				"https://cards.example.com/ana/qr.png", "#b3122e", "#ffffff", "#1c1c1f", "inter-700", "inter-400");
		assertThat(SignatureHtml.html(noPhoto, "photo")).isEqualTo(SignatureHtml.html(noPhoto, "simple"))
			.doesNotContain("<img").doesNotContain("tel:").doesNotContain("mailto:");
	}

	@Test
	void anEmailThatCouldAddHeadersOrParametersIsLeftOut() {
		var face = new CardFace("Ana", null, null, "javascript:alert(1)", "a@b.c?bcc=x@evil.test",
				"https://cards.example.com/ana", null, "https://cards.example.com/ana/qr.png", "#b3122e", "#ffffff",
				"#1c1c1f", "inter-700", "inter-400");
		assertThat(SignatureHtml.html(face, "simple")).doesNotContain("mailto:").doesNotContain("javascript")
			.contains("href=\"tel:1\"");
	}

	@Test
	void aBidiOverrideInTheNameCannotTurnTheTextAfterItAround() {
		var face = new CardFace("Ana\u202Emoc.live", null, null, null, null, "https://cards.example.com/ana", null,
				"https://cards.example.com/ana/qr.png", "#b3122e", "#ffffff", "#1c1c1f", "inter-700", "inter-400");
		assertThat(SignatureHtml.html(face, "simple")).doesNotContain("\u202E").contains("Ana moc.live");
		assertThat(SignatureHtml.text(face)).isEqualTo("--\nAna moc.live\nhttps://cards.example.com/ana\n");
	}

	@Test
	void thePlainTextHasTheSameDetails() {
		assertThat(SignatureHtml.text(ANA)).isEqualTo("--\nAna <script>alert(1)</script> \"O'Neil\" Bcc: x@evil.test\n"
				+ "CTO · Acme & Sons\n+34600123456\nana@example.com\nhttps://cards.example.com/ana\n");
	}
}
