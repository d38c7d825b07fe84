package red.cardinal.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.function.LongFunction;

import red.cardinal.shared.Csv;
import red.cardinal.shared.Money;

/**
 * A card's orders as CSV, one line each with its items in one cell: what the owner downloads from
 * the orders page and what an account export holds.
 */
public final class OrdersCsv {

	private OrdersCsv() {
	}

	public static String of(List<Order> orders) {
		var csv = new StringBuilder(Csv.row(List.of("number", "created_at", "status", "customer_name", "delivery",
				"address", "note", "items", "total", "currency")));
		for (Order o : orders) {
			Currency currency = Currency.getInstance(o.getCurrency());
			csv.append(Csv.row(Arrays.asList(o.getNumber(), o.getCreatedAt().toString(), o.getStatus(), o.getCustomerName(),
					o.getDelivery(), o.getAddress(), o.getNote(), String.join("; ", lines(o, minor -> new Money(minor, currency).amount().toPlainString())),
					new Money(o.getTotalMinor(), currency).amount().toPlainString(), o.getCurrency())));
		}
		return csv.toString();
	}

	/** The order's lines ({@code 2 × Camiseta (Talla: L) — 44.00}), each line's price written by {@code price}. */
	public static List<String> lines(Order o, LongFunction<String> price) {
		var lines = new ArrayList<String>();
		for (var item : o.getItems()) {
			lines.add(item.quantity() + " × " + item.name() + (item.options() == null ? "" : " (" + item.options() + ")")
					+ " — " + price.apply(item.lineMinor()));
		}
		return lines;
	}
}
