package red.cardinal.store;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import red.cardinal.card.DemoCardCreated;

/** The demo card's products, as a photographer would sell them, with the demo's own pictures. */
@Component
class StoreDemo {

	private final Catalog catalog;

	StoreDemo(Catalog catalog) {
		this.catalog = catalog;
	}

	/** In the demo's transaction (not after it): the demo answers whole from the first request. */
	@EventListener
	void fill(DemoCardCreated demo) {
		List<String> pictures = demo.pictureIds();
		String first = pictures.isEmpty() ? null : pictures.get(0);
		add(demo, new ProductDetails(null, "Fine-art print", "Archival paper, signed and numbered, shipped rolled.", 4500,
				"EUR", null, "Prints", ProductDetails.IN_STOCK, picture(pictures, 0),
				List.of(new ProductDetails.Option("Size", List.of(new ProductDetails.Value("30 × 40 cm", 0),
						new ProductDetails.Value("50 × 70 cm", 3000))))));
		add(demo, new ProductDetails(null, "Photo book", "Forty pages of your session, linen cover.", 8900, "EUR", 9900L,
				"Prints", ProductDetails.IN_STOCK, picture(pictures, 1), List.of()));
		add(demo, new ProductDetails(null, "Gift voucher: portrait session",
				"One hour in the studio or outdoors, valid for a year.", 12000, "EUR", null, "Vouchers",
				ProductDetails.IN_STOCK, picture(pictures, 2), List.of()));
		add(demo, new ProductDetails(null, "Calendar 2027", "Twelve months of Madrid light.", 2500, "EUR", null, "Prints",
				ProductDetails.SOLD_OUT, first == null ? List.of() : List.of(first), List.of()));
	}

	private void add(DemoCardCreated demo, ProductDetails product) {
		catalog.create(demo.ownerId(), demo.cardId(), product);
	}

	private static List<String> picture(List<String> pictures, int index) {
		return index < pictures.size() ? List.of(pictures.get(index)) : List.of();
	}
}
