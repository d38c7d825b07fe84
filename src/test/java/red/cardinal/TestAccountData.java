package red.cardinal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;

import red.cardinal.analytics.Analytics;
import red.cardinal.booking.BookingRequest;
import red.cardinal.booking.BookingSettings;
import red.cardinal.booking.Bookings;
import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;
import red.cardinal.card.Phone;
import red.cardinal.design.Design;
import red.cardinal.store.Catalog;
import red.cardinal.store.OrderRequest;
import red.cardinal.store.Ordering;
import red.cardinal.store.ProductDetails;
import red.cardinal.store.StoreSettings;

/**
 * An account with something of everything, for the tests that carry a whole account or instance
 * elsewhere: a card with a photo, a cover, a gallery image and a video, an open store with a product
 * (with an image) and an order, appointments with a booking, counted views, and a brand design.
 */
@Component
public class TestAccountData {

	private final CardManagement cards;
	private final Catalog catalog;
	private final Ordering ordering;
	private final Bookings bookings;
	private final Analytics analytics;
	private final JdbcClient jdbc;
	private final red.cardinal.design.BrandDesigns brands;

	TestAccountData(CardManagement cards, Catalog catalog, Ordering ordering, Bookings bookings, Analytics analytics,
			JdbcClient jdbc, red.cardinal.design.BrandDesigns brands) {
		this.brands = brands;
		this.cards = cards;
		this.catalog = catalog;
		this.ordering = ordering;
		this.bookings = bookings;
		this.analytics = analytics;
		this.jdbc = jdbc;
	}

	/** Fills the owner's account with one such card at {@code slug}, through the API and the modules' own services. */
	public Card populate(MockMvc mvc, TestAccounts.Owner owner, String slug) throws Exception {
		var week = new ArrayList<BookingSettings.Weekly>();
		for (String d : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
			week.add(new BookingSettings.Weekly(d, "09:00", "17:00"));
		}
		var booking = new BookingSettings(true, "Europe/Madrid", false, 0, 0, 0, 60, 0, week, List.of(),
				List.of(new BookingSettings.Type("call", "Llamada de 30 min", 30, "https://meet.example/ana")));
		Card card = cards.create(owner.id(), TestCards.person(slug, "Ana", "García 😀").jobTitle("Ceramista")
			.phones(List.of(new Phone("cell", "+34 612 34 56 78", true)))
			.build(), TestCards.sections("store", new StoreSettings(true, "+34612345678", "EUR", "es-ES"), "booking", booking),
				Locale.ENGLISH);
		long id = card.getId();
		mvc.perform(multipart("/api/v1/cards/" + id + "/photo").file(file(TestImages.image("png", 700, 700)))
			.header("Authorization", owner.bearer())).andExpect(status().isOk());
		String cover = upload(mvc, owner, TestImages.image("jpg", 1400, 600));
		String picture = upload(mvc, owner, TestImages.image("png", 500, 400));
		Card current = cards.get(owner.id(), id);
		Design design = current.getDesign().withCover(cover);
		cards.update(owner.id(), id, red.cardinal.card.CardDetails.of(current).toBuilder().design(design).build(), TestCards.sections("gallery",
				List.of(Map.of("type", "image", "mediaId", picture, "caption", "Taller"),
						Map.of("type", "video", "videoUrl", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"))),
				Locale.ENGLISH, null);
		brands.save(owner.id(), "Marca", new Design("classic", new Design.Colors("#0b6e4f", null, null), "system", null,
				"rounded", "pill", "light", Design.DEFAULT.sections()));
		var product = catalog.create(owner.id(), id, new ProductDetails(null, "Taza", "Gres", 1250, null, null, "Casa",
				null, List.of(picture), List.of()));
		Card saved = cards.get(owner.id(), id);
		ordering.place(saved, new OrderRequest(List.of(new OrderRequest.Item(product.getSlug(), 2, Map.of())), "Kim", null,
				null, null));
		var from = LocalDate.now(ZoneId.of("Europe/Madrid")).plusDays(2);
		var slot = bookings.slots(saved, "call", from, from.plusDays(7)).get(0);
		bookings.book(saved, new BookingRequest("call", slot.start().atOffset(java.time.ZoneOffset.UTC).toString(), "Kim",
				"kim@example.com", null, "Hola", "Europe/Madrid"));
		for (int i = 0; i < 3; i++) {
			mvc.perform(get("/" + slug).header("User-Agent", "Mozilla/5.0 (iPhone) " + i)).andExpect(status().isOk());
		}
		TestEvents.awaitListeners(jdbc);
		analytics.flush();
		return cards.get(owner.id(), id);
	}

	static String upload(MockMvc mvc, TestAccounts.Owner owner, byte[] image) throws Exception {
		String body = mvc.perform(multipart("/api/v1/media").file(file(image)).header("Authorization", owner.bearer()))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	static MockMultipartFile file(byte[] bytes) {
		return new MockMultipartFile("file", "image", "application/octet-stream", bytes);
	}
}
