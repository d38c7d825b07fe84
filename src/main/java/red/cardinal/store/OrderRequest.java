package red.cardinal.store;

import java.util.List;
import java.util.Map;

/**
 * What a visitor sends to order: product slugs, quantities and chosen option values. Prices are
 * never taken from it; the catalog's prices at this moment count.
 */
public record OrderRequest(List<Item> items, String customerName, String note, String delivery, String address) {

	public OrderRequest {
		items = items == null ? List.of() : items;
	}

	public record Item(String product, Integer quantity, Map<String, String> options) {

		public Item {
			options = options == null ? Map.of() : options;
		}
	}
}
