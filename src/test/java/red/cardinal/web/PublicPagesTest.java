package red.cardinal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import red.cardinal.web.PublicPages.Kind;

import jakarta.servlet.http.Cookie;

class PublicPagesTest {

	final DriverManagerDataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:pages");

	final PublicPages pages;

	PublicPagesTest() throws Exception {
		pages = new PublicPages(DataSize.ofKilobytes(100), new AcceptHeaderLocaleResolver(), h2, new JdbcTemplate(h2),
				"SESSION");
	}

	@Test
	void readsWhatAPathAsksForAsTheSlugAndProductPatternsSay() {
		assertThat(PublicPages.kept("/ana")).isEqualTo(Kind.CARD);
		assertThat(PublicPages.kept("/ana-garcia/p/print-a4")).isEqualTo(Kind.PRODUCT);
		assertThat(PublicPages.kept("/ana-garcia.vcf")).isEqualTo(Kind.VCARD);
		assertThat(PublicPages.kept("/ana-garcia/qr.svg")).isEqualTo(Kind.QR);
		assertThat(PublicPages.kept("/" + "a".repeat(40))).isEqualTo(Kind.CARD);
		assertThat(PublicPages.kept("/" + "a".repeat(41))).isNull();
		assertThat(PublicPages.kept("/ana/p/" + "b".repeat(60))).isEqualTo(Kind.PRODUCT);
		assertThat(PublicPages.kept("/ana/p/" + "b".repeat(61))).isNull();
		for (String refused : List.of("", "/", "/an", "/-ana", "/ana-", "/Ana", "/ana/", "/ana/p/", "/ana/p/-b", "/ana/p/b/c",
				"/ana.vcf.vcf", "/ana/qr.svgz", "/ana/qr.png", "/ana-/p/b", "/ana.vcf/p/b", "ana")) {
			assertThat(PublicPages.kept(refused)).as(refused).isNull();
		}
		// the patterns the paths were read by before, against random paths made of what they are made of
		var card = java.util.regex.Pattern.compile("/[a-z0-9][a-z0-9-]{1,38}[a-z0-9]");
		var product = java.util.regex.Pattern.compile("/[a-z0-9][a-z0-9-]{1,38}[a-z0-9]/p/[a-z0-9][a-z0-9-]{0,59}");
		var file = java.util.regex.Pattern.compile("/[a-z0-9][a-z0-9-]{1,38}[a-z0-9](\\.vcf|/qr\\.svg)");
		var random = new java.util.Random(18);
		String[] parts = { "a", "b", "0", "-", "/", ".", "p", "/p/", ".vcf", "/qr.svg", "aaaaaaaaaa", "A" };
		for (int i = 0; i < 200_000; i++) {
			var path = new StringBuilder(random.nextInt(4) == 0 ? "" : "/");
			for (int n = random.nextInt(12); n > 0; n--) {
				path.append(parts[random.nextInt(parts.length)]);
			}
			String p = path.toString();
			Kind expected = card.matcher(p).matches() ? Kind.CARD : product.matcher(p).matches() ? Kind.PRODUCT
					: file.matcher(p).matches() ? (p.endsWith(".vcf") ? Kind.VCARD : Kind.QR) : null;
			assertThat(PublicPages.kept(p)).as(p).isEqualTo(expected);
		}
	}

	@Test
	void keysOnlyAnonymousGetsOfPublicPagesAndFiles() {
		assertThat(pages.key(get("/ana-garcia", null))).isEqualTo("/ana-garcia?|en|");
		assertThat(pages.key(get("/ana-garcia", "src=qr&utm=x"))).as("a page whatever its query").isEqualTo("/ana-garcia?|en|");
		assertThat(pages.key(get("/ana-garcia/p/print-a4", null))).isNotNull();
		assertThat(pages.key(get("/ana-garcia.vcf", "v=4"))).isEqualTo("/ana-garcia.vcf?v=4|en|");
		assertThat(pages.key(get("/ana-garcia/qr.svg", null))).isNotNull();
		assertThat(pages.key(get("/ana-garcia/qr.svg", "size=2000"))).as("a QR code with options").isNull();
		assertThat(pages.key(get("/ana-garcia.vcf", "v=9"))).isNull();
		assertThat(pages.key(get("/ana-garcia", "src=%ff"))).as("an escape, maybe a bad one").isNull();
		assertThat(pages.key(get("/dashboard", null))).as("reserved").isNull();
		assertThat(pages.key(get("/ana-garcia/book", null))).isNull();
		assertThat(pages.key(get("/api/v1/cards", null))).isNull();
		var post = get("/ana-garcia", null);
		post.setMethod("POST");
		assertThat(pages.key(post)).isNull();
		var session = get("/ana-garcia", null);
		session.setCookies(new Cookie("SESSION", "x"));
		assertThat(pages.key(session)).isNull();
		var other = get("/ana-garcia", null);
		other.setCookies(new Cookie("theme", "dark"));
		assertThat(pages.key(other)).as("a cookie that signs no one in").isNotNull();
		var token = get("/ana-garcia", null);
		token.addHeader("Authorization", "Bearer x");
		assertThat(pages.key(token)).isNull();
		var instagram = get("/ana-garcia", null);
		instagram.addHeader("User-Agent", "Mozilla/5.0 Instagram 300.0");
		instagram.addHeader("Accept-Language", "es-MX");
		assertThat(pages.key(instagram)).isEqualTo("/ana-garcia?|es-MX|Instagram");
		var secure = get("/ana-garcia", null);
		secure.setSecure(true);
		assertThat(pages.key(secure)).as("HSTS comes with https answers only").isEqualTo("s/ana-garcia?|en|");
	}

	@Test
	void keepsNothingReadBeforeAChangeItHeardOfAfterwards() {
		var request = get("/ana-garcia", null);
		pages.ticket(request);
		pages.forget(7); // another request's change commits while this one renders
		pages.put(request, "/ana-garcia?|en|", page(7, 1000));
		assertThat(pages.find("/ana-garcia?|en|")).isNull();
		var later = get("/ana-garcia", null);
		pages.ticket(later);
		pages.put(later, "/ana-garcia?|en|", page(7, 1000));
		assertThat(pages.find("/ana-garcia?|en|")).isNotNull();
		pages.forget(7);
		assertThat(pages.find("/ana-garcia?|en|")).isNull();
	}

	@Test
	void hearsOtherNodesChangesButNotItsOwnAgain() {
		var request = get("/ana-garcia", null);
		pages.ticket(request);
		pages.put(request, "/ana-garcia?|en|", page(7, 1000));
		pages.heard(pages.notice(7)); // dropped already, after its commit, by this node
		assertThat(pages.keeps(7)).isTrue();
		pages.heard("another-node:8");
		assertThat(pages.keeps(7)).isTrue();
		pages.heard("another-node:7");
		assertThat(pages.keeps(7)).isFalse();
	}

	@Test
	void keepsNoMoreBytesThanItsSize() {
		for (int i = 0; i < 200; i++) {
			var request = get("/card-" + i, null);
			pages.ticket(request);
			pages.put(request, "/card-" + i + "?|en|", page(i, 3000));
		}
		assertThat(pages.size()).isLessThanOrEqualTo(DataSize.ofKilobytes(100).toBytes()).isGreaterThan(50_000);
	}

	@Test
	void keepsNothingWhileNotListening() {
		pages.listening(false);
		assertThat(pages.key(get("/ana-garcia", null))).isNull();
		var request = get("/ana-garcia", null);
		pages.ticket(request);
		pages.put(request, "/ana-garcia?|en|", page(7, 10));
		assertThat(pages.keeps(7)).isFalse();
	}

	@Test
	void comparesETagsWeaklyAndReadsAcceptEncoding() {
		assertThat(PublicPagesFilter.matches("W/\"5-1.0-en\"", "W/\"5-1.0-en\"")).isTrue();
		assertThat(PublicPagesFilter.matches("\"a\", \"5-1.0-en\"", "W/\"5-1.0-en\"")).isTrue();
		assertThat(PublicPagesFilter.matches("*", "W/\"x\"")).isTrue();
		assertThat(PublicPagesFilter.matches("W/\"5-1.1-en\"", "W/\"5-1.0-en\"")).isFalse();
		assertThat(PublicPagesFilter.matches(null, "W/\"x\"")).isFalse();
		assertThat(PublicPagesFilter.acceptsGzip("br, gzip;q=0.8")).isTrue();
		assertThat(PublicPagesFilter.acceptsGzip("gzip;q=0, identity")).isFalse();
		assertThat(PublicPagesFilter.acceptsGzip("deflate")).isFalse();
		assertThat(PublicPagesFilter.acceptsGzip(null)).isFalse();
	}

	static PublicPages.Kept page(long cardId, int bytes) {
		return PublicPages.Kept.of(cardId, List.of(Map.entry("Content-Type", "text/html")), null, new byte[bytes], request -> {
		});
	}

	static MockHttpServletRequest get(String path, String query) {
		var request = new MockHttpServletRequest("GET", path);
		request.setQueryString(query);
		return request;
	}
}
