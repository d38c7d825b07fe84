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
import java.util.Locale;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import red.cardinal.account.Account;
import red.cardinal.account.Accounts;
import red.cardinal.card.Address;
import red.cardinal.card.Card;
import red.cardinal.card.CardDetails;
import red.cardinal.card.CardManagement;
import red.cardinal.card.Email;
import red.cardinal.card.GalleryItem;
import red.cardinal.media.MediaManagement;
import red.cardinal.card.Link;
import red.cardinal.card.PersonName;
import red.cardinal.card.Phone;
import red.cardinal.card.Service;
import red.cardinal.card.Website;
import red.cardinal.design.Design;

/**
 * On the first start of an empty database, a published card at {@code /demo} that shows every
 * section, so the first command visibly shows what Cardinal does. Turned off by
 * {@code cardinal.demo.enabled=false}.
 */
@Component
@ConditionalOnBooleanProperty(name = "cardinal.demo.enabled", matchIfMissing = true)
class DemoCard implements ApplicationRunner {

	static final String EMAIL = "demo@cardinal.invalid";

	/** Not a hash any password can match: the demo account can never sign in. */
	static final String NO_PASSWORD = "{bcrypt}$2a$10$" + ".".repeat(53);

	private static final Logger log = LoggerFactory.getLogger(DemoCard.class);

	private final Accounts accounts;
	private final CardManagement cards;
	private final MediaManagement media;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;

	DemoCard(Accounts accounts, CardManagement cards, MediaManagement media, JdbcClient jdbc,
			TransactionTemplate transactions) {
		this.accounts = accounts;
		this.cards = cards;
		this.media = media;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		transactions.executeWithoutResult(status -> {
			if (jdbc.sql("select count(*) from cards").query(Long.class).single() > 0) {
				return;
			}
			Account owner = accounts.save(new Account(null, EMAIL, NO_PASSWORD, false, true, Instant.now()));
			var gallery = new java.util.ArrayList<GalleryItem>();
			long cover = media.storeImage(owner.id(), picture(0)).id();
			String[] captions = { "Golden hour in Retiro park", "A wedding in Segovia", "Studio portrait" };
			for (int i = 0; i < captions.length; i++) {
				long id = media.storeImage(owner.id(), picture(i)).id();
				gallery.add(new GalleryItem("image", id, null, captions[i], captions[i]));
			}
			gallery.add(new GalleryItem("video", null, "https://www.youtube.com/watch?v=aqz-KE-bpKQ", "Showreel 2026", null));
			var d = details();
			Card card = cards.create(owner.id(), new CardDetails(d.slug(), d.published(), d.name(), d.jobTitle(),
					d.organization(), d.bio(), d.phones(), d.emails(), d.websites(), d.addresses(), d.links(), d.services(),
					gallery, Design.DEFAULT.withCover(Long.toString(cover))), Locale.ENGLISH);
			cards.usePhoto(owner.id(), card.getId(), media.storePhoto(owner.id(), avatar()).key());
			log.info("Created the demo card at /demo");
		});
	}

	static CardDetails details() {
		return new CardDetails("demo", true, new PersonName(null, "Ana", null, "García Torres", null),
				"Photographer & designer", "Estudio Luz",
				"Portraits, weddings and brand photography in Madrid and anywhere a train goes.\n"
						+ "See recent work at https://example.com/portfolio.",
				List.of(new Phone("cell", "+34 612 345 678", true), new Phone("work", "+34 912 345 678", false)),
				List.of(new Email("work", "ana@example.com")),
				List.of(new Website("Portfolio", "https://example.com/portfolio")),
				List.of(new Address("work", "Calle de la Luna 12", "Madrid", "Madrid", "28004", "Spain")),
				List.of(new Link("https://www.linkedin.com/in/example", null),
						new Link("https://www.instagram.com/example", null), new Link("https://github.com/example", null),
						new Link("https://mastodon.social/@example", null),
						new Link("https://example.com/prints", "Print shop")),
				List.of(new Service("Portrait session", "One hour in the studio or outdoors; twenty edited photos.",
						"from €120"), new Service("Wedding day", "Ceremony to first dance, two photographers.", "€1,400"),
						new Service("Brand shoot", "Product and team photos for your website.", "on request")));
	}

	/** A landscape of soft shapes in one of three palettes, as a PNG; drawn without fonts. */
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
		return png(image);
	}

	private static byte[] png(BufferedImage image) {
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** A gradient square with a head-and-shoulders silhouette, as a PNG; drawn without fonts, which a server may lack. */
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
		return png(image);
	}
}
