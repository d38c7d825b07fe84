package red.cardinal.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import red.cardinal.card.Card;
import red.cardinal.card.CardDetails;
import red.cardinal.card.CardManagement;
import red.cardinal.card.SlugLookup;
import red.cardinal.design.Design;
import red.cardinal.design.Theme;

/**
 * The page budget of DESIGN.md, measured on the demo card (every section filled): HTML and CSS
 * together at most 14 KB gzip-compressed (one TCP initial window), and nothing loaded from
 * another host.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class CardPageBudgetIT {

	static final int BUDGET = 14 * 1024;

	/** What a browser loads by itself; canonical and rel=me links are not loaded. */
	static final Pattern RESOURCE = Pattern.compile("<(?:link(?! rel=\"(?:canonical|me)\")|script|img|source|iframe)[^>]+(?:href|src|srcset)=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	CardManagement cards;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void fitsTheDemoCardIntoFourteenKilobytes() throws Exception {
		byte[] html = fetch("/demo");
		byte[] css = fetch("/assets/card.css");
		int total = gzip(html) + gzip(css);
		System.out.printf("Card page budget: HTML %d B (%d B gzip) + CSS %d B (%d B gzip) = %d B of %d B%n", html.length,
				gzip(html), css.length, gzip(css), total, BUDGET);
		assertThat(total).isLessThanOrEqualTo(BUDGET);
	}

	@ParameterizedTest
	@EnumSource(Theme.class)
	void fitsEveryThemeIntoFourteenKilobytes(Theme theme) throws Exception {
		Card demo = ((SlugLookup.Found) cards.findPublished("demo").orElseThrow()).card();
		Design original = demo.getDesign();
		// the heaviest choices: a web font pairing, own colours, outline buttons, and a dark variant to carry
		design(demo, new Design(theme.id(), new Design.Colors("#0b6e4f", null, null), "elegant",
				original.coverMediaId(), "rounded", "outline", "system", null));
		try {
			byte[] html = fetch("/demo");
			byte[] css = fetch("/assets/card.css");
			int total = gzip(html) + gzip(css);
			System.out.printf("Card page budget, %s: HTML %d B gzip + CSS %d B gzip = %d B of %d B%n", theme.id(),
					gzip(html), gzip(css), total, BUDGET);
			assertThat(new String(html, java.nio.charset.StandardCharsets.UTF_8)).contains("t-" + theme.id());
			assertThat(total).isLessThanOrEqualTo(BUDGET);
		}
		finally {
			design(cards.findPublished("demo").map(f -> ((SlugLookup.Found) f).card()).orElseThrow(), original);
		}
	}

	void design(Card demo, Design design) {
		CardDetails d = CardDetails.of(demo);
		cards.update(demo.getOwnerId(), demo.getId(), CardDetails.builder().slug(d.slug()).published(d.published()).name(d.name()).jobTitle(d.jobTitle()).organization(d.organization()).bio(d.bio()).phones(d.phones()).emails(d.emails()).websites(d.websites()).addresses(d.addresses()).links(d.links()).services(d.services()).design(design).build(), java.util.Locale.ENGLISH);
	}

	@Test
	void loadsNothingFromAnotherHost() throws Exception {
		String html = new String(fetch("/demo"), java.nio.charset.StandardCharsets.UTF_8);
		var resources = RESOURCE.matcher(html).results().map(m -> m.group(1)).toList();
		assertThat(resources).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith("/").doesNotStartWith("//"));
		assertThat(html).as("no inline script: reading and saving the contact need no JS")
			.doesNotContainPattern("<script(?![^>]*src=\"/assets/)");
	}

	@Test
	void isServedCompressed() throws Exception {
		HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/demo"))
			.header("Accept-Encoding", "gzip")
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
	}

	byte[] fetch(String path) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	static int gzip(byte[] bytes) throws IOException {
		var out = new ByteArrayOutputStream();
		try (var gzip = new GZIPOutputStream(out)) {
			gzip.write(bytes);
		}
		return out.size();
	}
}
