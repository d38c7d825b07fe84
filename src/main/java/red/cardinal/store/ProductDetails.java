package red.cardinal.store;

import java.util.List;

/**
 * A product as the API and the catalog editor send it. Prices are minor units of the store's
 * currency; {@code currency} is only shown (a product is always priced in its store's currency).
 */
public record ProductDetails(String slug, String name, String description, long priceMinor, String currency,
		Long compareAtMinor, String category, String available, List<String> imageMediaIds, List<Option> options) {

	public static final String IN_STOCK = "in_stock";

	public static final String SOLD_OUT = "sold_out";

	public static final String HIDDEN = "hidden";

	public static final List<String> AVAILABILITY = List.of(IN_STOCK, SOLD_OUT, HIDDEN);

	public ProductDetails {
		imageMediaIds = imageMediaIds == null ? List.of() : imageMediaIds;
		options = options == null ? List.of() : options;
	}

	/** An option (Size) and its values (S, M, L), each with a price change in minor units. */
	public record Option(String name, List<Value> values) {

		public Option {
			values = values == null ? List.of() : values;
		}
	}

	public record Value(String label, long priceDeltaMinor) {
	}

	public ProductDetails withSlug(String slug) {
		return new ProductDetails(slug, name, description, priceMinor, currency, compareAtMinor, category, available,
				imageMediaIds, options);
	}

}
