package red.cardinal.site;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import red.cardinal.account.Account;
import red.cardinal.account.Accounts;
import red.cardinal.card.Address;
import red.cardinal.card.Card;
import red.cardinal.card.CardDetails;
import red.cardinal.card.CardManagement;
import red.cardinal.card.DemoCardCreated;
import red.cardinal.card.Email;
import red.cardinal.media.MediaManagement;
import red.cardinal.card.Link;
import red.cardinal.card.PersonName;
import red.cardinal.card.Phone;
import red.cardinal.card.Service;
import red.cardinal.card.Website;
import red.cardinal.design.Design;
import red.cardinal.web.JsonBodies;

/**
 * On the first start of an empty database, a published card at {@code /demo} that shows every
 * section, so the first command visibly shows what Cardinal does. Turned off by
 * {@code cardinal.demo.enabled=false}.
 */
@Component
@ConditionalOnBooleanProperty(name = "cardinal.demo.enabled", matchIfMissing = true)
class DemoCard implements SmartLifecycle {

	static final String EMAIL = "demo@cardinal.invalid";

	/** Not a hash any password can match: the demo account can never sign in. */
	static final String NO_PASSWORD = "{bcrypt}$2a$10$" + ".".repeat(53);

	private static final Logger log = LoggerFactory.getLogger(DemoCard.class);

	private final Accounts accounts;
	private final CardManagement cards;
	private final MediaManagement media;
	private final JsonBodies json;
	private final TransactionTemplate transactions;
	private final ApplicationEventPublisher events;

	DemoCard(Accounts accounts, CardManagement cards, MediaManagement media, JsonBodies json,
			TransactionTemplate transactions, ApplicationEventPublisher events) {
		this.events = events;
		this.accounts = accounts;
		this.cards = cards;
		this.media = media;
		this.json = json;
		this.transactions = transactions;
	}

	private volatile boolean running;

	/** Before the web server starts (its phase is later): the port never answers /demo with a 404. */
	@Override
	public int getPhase() {
		return 0;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public void stop() {
		running = false;
	}

	@Override
	public void start() {
		seed();
		running = true;
	}

	void seed() {
		transactions.executeWithoutResult(status -> {
			if (cards.any()) {
				return;
			}
			Account owner = accounts.save(new Account(null, EMAIL, NO_PASSWORD, false, true, Instant.now()));
			var gallery = new java.util.ArrayList<Map<String, String>>();
			String[] captions = { "Golden hour in Retiro park", "A wedding in Segovia", "Studio portrait" };
			long cover = 0;
			for (int i = 0; i < captions.length; i++) {
				// the first picture is the cover too: stored once (every image stored costs start-up time)
				long id = media.storeImage(owner.id(), picture(i)).id();
				cover = i == 0 ? id : cover;
				gallery.add(Map.of("type", "image", "mediaId", Long.toString(id), "caption", captions[i], "alt", captions[i]));
			}
			gallery.add(Map.of("type", "video", "videoUrl", "https://www.youtube.com/watch?v=aqz-KE-bpKQ", "caption",
					"Showreel 2026"));
			CardDetails d = details().toBuilder().design(Design.DEFAULT.withCover(Long.toString(cover))).build();
			Card card = cards.create(owner.id(), d, Map.of("gallery", json.tree(gallery), "store", json.tree(STORE),
					"booking", json.tree(BOOKING), "leads", json.tree(LEADS)), Locale.ENGLISH);
			cards.usePhoto(owner.id(), card.getId(), media.storePhoto(owner.id(), avatar()).key());
			events.publishEvent(new DemoCardCreated(card.getId(), owner.id(),
					gallery.stream().filter(g -> g.containsKey("mediaId")).map(g -> g.get("mediaId")).toList()));
			log.info("Created the demo card at /demo");
		});
	}

	/** A store that takes orders on the card's mobile number; its products are the store's to add ({@code StoreDemo}). */
	static final Map<String, Object> STORE = Map.of("enabled", true, "orderPhone", "+34612345678", "currency", "EUR",
			"locale", "es-ES");

	/** Weekday hours in Madrid, and two kinds of appointment. */
	static final Map<String, Object> BOOKING = Map.ofEntries(Map.entry("enabled", true),
			Map.entry("timeZone", "Europe/Madrid"), Map.entry("requireApproval", true), Map.entry("bufferBeforeMinutes", 0),
			Map.entry("bufferAfterMinutes", 15), Map.entry("minNoticeMinutes", 240), Map.entry("horizonDays", 60),
			Map.entry("maxPerDay", 4),
			Map.entry("weekly", Stream.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")
				.flatMap(day -> Stream.of(Map.of("day", day, "from", "10:00", "to", "14:00"),
						Map.of("day", day, "from", "16:00", "to", "19:00")))
				.toList()),
			Map.entry("overrides", List.of()),
			Map.entry("types", List.of(
					Map.of("key", "consult", "name", "Free 20-minute consultation", "minutes", 20, "location",
							"Video call: the link comes with the confirmation", "questions", List.of("What is the shoot for?")),
					Map.of("key", "studio", "name", "Studio portrait session", "minutes", 60, "location",
							"Calle de la Luna 12, Madrid", "questions", List.of()))));

	/** The form that asks visitors for their details; the demo's owner is never mailed. */
	static final Map<String, Object> LEADS = Map.of("enabled", true, "fields", List.of("name", "email", "company", "note"),
			"required", List.of("name", "email"), "notifyOwner", false, "digest", false);

	static CardDetails details() {
		return CardDetails.builder().slug("demo").published(true).name(new PersonName(null, "Ana", null, "García Torres", null))
			.jobTitle("Photographer & designer").organization("Estudio Luz")
			.bio("Portraits, weddings and brand photography in Madrid and anywhere a train goes.\n"
						+ "See recent work at https://example.com/portfolio.")
			.phones(new Phone("cell", "+34 612 345 678", true), new Phone("work", "+34 912 345 678", false))
			.emails(new Email("work", "ana@example.com"))
			.websites(new Website("Portfolio", "https://example.com/portfolio"))
			.addresses(new Address("work", "Calle de la Luna 12", "Madrid", "Madrid", "28004", "Spain"))
			.links(List.of(new Link("https://www.linkedin.com/in/example", null),
						new Link("https://www.instagram.com/example", null), new Link("https://github.com/example", null),
						new Link("https://mastodon.social/@example", null),
						new Link("https://example.com/prints", "Print shop")))
			.services(List.of(new Service("Portrait session", "One hour in the studio or outdoors; twenty edited photos.",
						"from €120"), new Service("Wedding day", "Ceremony to first dance, two photographers.", "€1,400"),
						new Service("Brand shoot", "Product and team photos for your website.", "on request")))
			.build();
	}

	/** A landscape of soft shapes in one of three palettes, as a JPEG (quicker to write than a PNG); drawn without fonts. */
	static byte[] picture(int variant) {
		Color[][] palettes = { { new Color(0xF2A65A), new Color(0x772F1A) }, { new Color(0xE8E1D9), new Color(0x5B7553) },
				{ new Color(0x2B2D42), new Color(0xEF233C) } };
		var image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setPaint(new GradientPaint(0, 0, palettes[variant][0], 0, 800, palettes[variant][1]));
		g.fillRect(0, 0, 1200, 800);
		g.setColor(new Color(255, 255, 255, 90));
		g.fillOval(700 - variant * 150, 120, 260, 260);
		g.setColor(new Color(0, 0, 0, 70));
		g.fillOval(-200, 520, 900, 500);
		g.fillOval(500, 560, 1000, 500);
		g.dispose();
		return encoded(image, "jpg");
	}

	private static byte[] encoded(BufferedImage image, String format) {
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** A gradient square with a head-and-shoulders silhouette, as a JPEG; drawn without fonts, which a server may lack. */
	static byte[] avatar() {
		var image = new BufferedImage(600, 600, BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setPaint(new GradientPaint(0, 0, new Color(0xB3122E), 600, 600, new Color(0x3D2C8D)));
		g.fillRect(0, 0, 600, 600);
		g.setColor(new Color(255, 255, 255, 220));
		g.fillOval(200, 120, 200, 200);
		g.fillOval(110, 360, 380, 340);
		g.dispose();
		return encoded(image, "jpg");
	}
}
