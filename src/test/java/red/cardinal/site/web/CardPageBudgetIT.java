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

import red.cardinal.TestAccounts;
import red.cardinal.TestCards;
import red.cardinal.TestImages;
import red.cardinal.booking.BookingSettings;
import red.cardinal.card.Address;
import red.cardinal.card.Card;
import red.cardinal.card.CardDetails;
import red.cardinal.card.CardManagement;
import red.cardinal.card.Email;
import red.cardinal.card.Link;
import red.cardinal.card.PersonName;
import red.cardinal.card.Phone;
import red.cardinal.card.Service;
import red.cardinal.card.SlugLookup;
import red.cardinal.card.Website;
import red.cardinal.design.Design;
import red.cardinal.design.Theme;
import red.cardinal.media.MediaManagement;
import red.cardinal.store.Catalog;
import red.cardinal.store.ProductDetails;
import red.cardinal.store.StoreSettings;

/**
 * The page budget of DESIGN.md: HTML and CSS together at most 14 KB gzip-compressed (one TCP
 * initial window), and nothing loaded from another host; measured on the demo card in every
 * theme, and on the heaviest realistic card (every section filled, an open store of 12 products,
 * appointments on).
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

	@Autowired
	TestAccounts accounts;

	@Autowired
	MediaManagement media;

	@Autowired
	Catalog catalog;

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

	/**
	 * The demo card's person (see {@code site.DemoCard}) with a cover, a photo, a gallery of six
	 * pictures and a video, appointments of three types over a working week, and an open store
	 * whose products each have a picture, a category and options. Products are all shown inline:
	 * the growth per product is printed.
	 */
	@Test
	void fitsTheHeaviestCardIntoFourteenKilobytes() throws Exception {
		long owner = accounts.create().id();
		String slug = "heaviest-" + owner;
		var gallery = new java.util.ArrayList<java.util.Map<String, String>>();
		String[] captions = { "Golden hour in Retiro park", "A wedding in Segovia", "Studio portrait",
				"Market day in Lavapiés", "Brand shoot for a bakery", "Sunset over the Gran Vía" };
		for (int i = 0; i < captions.length; i++) {
			gallery.add(java.util.Map.of("type", "image", "mediaId", Long.toString(image(owner, i)), "caption", captions[i],
					"alt", captions[i]));
		}
		gallery.add(java.util.Map.of("type", "video", "videoUrl", "https://www.youtube.com/watch?v=aqz-KE-bpKQ", "caption",
				"Showreel 2026"));
		var weekly = java.util.stream.Stream.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")
			.flatMap(day -> java.util.stream.Stream.of(new BookingSettings.Weekly(day, "09:00", "13:00"),
					new BookingSettings.Weekly(day, "15:00", "19:00")))
			.toList();
		var booking = new BookingSettings(true, "Europe/Madrid", false, 10, 10, 120, 60, 6, weekly, java.util.List.of(),
				java.util.List.of(new BookingSettings.Type("call", "Intro call", 20, "Phone", java.util.List.of("What is it for?")),
						new BookingSettings.Type("portrait", "Portrait session", 60, "Studio, Calle de la Luna 12"),
						new BookingSettings.Type("wedding", "Wedding consultation", 45, "Video call")));
		Card card = cards.create(owner, heaviest(slug).design(Design.DEFAULT.withCover(Long.toString(image(owner, 6)))).build(),
				TestCards.sections("gallery", gallery, "booking", booking, "store",
						new StoreSettings(true, "+34612345678", "EUR", "es")),
				java.util.Locale.ENGLISH);
		cards.usePhoto(owner, card.getId(), media.storePhoto(owner, TestImages.image("jpg", 600, 600)).key());
		String[] categories = { "Prints", "Sessions", "Gift cards" };
		int first = 0;
		for (int i = 0; i < 12; i++) {
			var options = java.util.List.of(
					new ProductDetails.Option("Size", java.util.List.of(new ProductDetails.Value("20×30 cm", 0),
							new ProductDetails.Value("30×40 cm", 1500), new ProductDetails.Value("50×70 cm", 4000))),
					new ProductDetails.Option("Paper", java.util.List.of(new ProductDetails.Value("Matte", 0),
							new ProductDetails.Value("Glossy", 500))));
			catalog.create(owner, card.getId(), new ProductDetails(null, "Fine-art print no. " + (i + 1) + ", " + captions[i % 6],
					"Printed on archival cotton paper, signed and numbered, shipped flat.", 3500 + i * 250, null,
					i % 3 == 0 ? 4500L + i * 250 : null, categories[i % 3], ProductDetails.IN_STOCK,
					java.util.List.of(Long.toString(image(owner, 10 + i))), options));
			if (i == 0) {
				first = gzip(fetch("/" + slug));
			}
		}
		byte[] html = fetch("/" + slug);
		byte[] css = fetch("/assets/card.css");
		int total = gzip(html) + gzip(css);
		String page = new String(html, java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"products\"", "Fine-art print no. 12", "Wedding consultation", "Showreel 2026",
				"Portrait session");
		assertThat(page).as("a link holding only a decorative picture is hidden from screen readers (Lighthouse link-name)")
			.contains("tabindex=\"-1\" aria-hidden=\"true\"><img")
			.doesNotContainPattern("<a (?![^>]*aria-hidden=\"true\")[^>]*><img [^>]*alt=\"\"[^>]*></a>");
		System.out.printf("Card page budget, heaviest card (12 products): HTML %d B (%d B gzip) + CSS %d B (%d B gzip) = %d B of %d B;"
				+ " each product after the first adds %d B gzip%n", html.length, gzip(html), css.length, gzip(css), total, BUDGET,
				(gzip(html) - first) / 11);
		assertThat(total).isLessThanOrEqualTo(BUDGET);
	}

	/** A distinct picture (its own bytes, its own URLs) in the owner's library. */
	long image(long owner, int n) {
		return media.storeImage(owner, TestImages.image("jpg", 1200 + n, 800)).id();
	}

	/** The demo card's person, as {@code site.DemoCard.details()} has it, at {@code slug}. */
	static CardDetails.Builder heaviest(String slug) {
		return CardDetails.builder().slug(slug).published(true).name(new PersonName(null, "Ana", null, "García Torres", null))
			.jobTitle("Photographer & designer").organization("Estudio Luz")
			.bio("Portraits, weddings and brand photography in Madrid and anywhere a train goes.\n"
					+ "See recent work at https://example.com/portfolio.")
			.phones(new Phone("cell", "+34612345678", true), new Phone("work", "+34 912 345 678", false))
			.emails(new Email("work", "ana@example.com"))
			.websites(new Website("Portfolio", "https://example.com/portfolio"))
			.addresses(new Address("work", "Calle de la Luna 12", "Madrid", "Madrid", "28004", "Spain"))
			.links(java.util.List.of(new Link("https://www.linkedin.com/in/example", null),
					new Link("https://www.instagram.com/example", null), new Link("https://github.com/example", null),
					new Link("https://mastodon.social/@example", null), new Link("https://example.com/prints", "Print shop")))
			.services(java.util.List.of(
					new Service("Portrait session", "One hour in the studio or outdoors; twenty edited photos.", "from €120"),
					new Service("Wedding day", "Ceremony to first dance, two photographers.", "€1,400"),
					new Service("Brand shoot", "Product and team photos for your website.", "on request")));
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
