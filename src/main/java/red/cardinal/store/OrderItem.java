package red.cardinal.store;

import org.springframework.data.relational.core.mapping.Table;

/** One line of an order, as it was when ordered: the product may change or go later. */
@Table("order_items")
public record OrderItem(Long productId, String productSlug, String name, String options, int quantity, long unitMinor,
		long lineMinor) {
}
