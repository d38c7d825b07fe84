package red.cardinal.store;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import red.cardinal.shared.Money;
import red.cardinal.shared.PhoneNumber;

/**
 * The WhatsApp message of an order and its {@code wa.me} link. Labels and amounts are in the
 * owner's language and currency format; whatever the visitor or the owner typed is isolated
 * (Unicode FSI…PDI) so right-to-left names keep numbers and punctuation in place. A long cart
 * is summarised so the encoded text stays within {@link #MAX_ENCODED} characters.
 */
final class OrderMessage {

	/** Longest URL-encoded text we put in a link; longer wa.me links fail to open in some apps. */
	static final int MAX_ENCODED = 4000;

	private static final char ISOLATE = '\u2068';

	private static final char POP = '\u2069';

	private final Locale locale;
	private final Currency currency;
	private final BiFunction<String, Object[], String> labels;

	/** @param labels the owner's message bundle: key and arguments to text */
	OrderMessage(Locale locale, Currency currency, BiFunction<String, Object[], String> labels) {
		this.locale = locale;
		this.currency = currency;
		this.labels = labels;
	}

	/** {@code https://wa.me/<digits>?text=<message>}; the host and number never come from the visitor. */
	static String link(PhoneNumber phone, String text) {
		return "https://wa.me/" + phone.digits() + "?text=" + encode(text);
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	String text(Order order) {
		String head = label("store.message.heading", order.getNumber());
		var tail = new ArrayList<String>();
		tail.add(label("store.message.total", money(order.getTotalMinor())));
		if (order.getCustomerName() != null) {
			tail.add(label("store.message.name", isolate(order.getCustomerName())));
		}
		if ("delivery".equals(order.getDelivery())) {
			tail.add(label("store.message.delivery", isolate(order.getAddress() == null ? "" : order.getAddress())));
		}
		else if ("pickup".equals(order.getDelivery())) {
			tail.add(label("store.message.pickup"));
		}
		if (order.getNote() != null) {
			tail.add(label("store.message.note", isolate(order.getNote())));
		}
		List<String> lines = order.getItems().stream().map(this::line).toList();
		int budget = MAX_ENCODED - encode(head + "\n\n" + String.join("\n", tail) + "\n").length();
		var shown = new ArrayList<String>();
		int used = 0;
		for (int i = 0; i < lines.size(); i++) {
			int cost = encode(lines.get(i) + "\n").length();
			int rest = lines.size() - i - 1;
			int summary = rest == 0 ? 0 : encode(summary(rest, 0) + "\n").length() + 20;
			if (used + cost + summary > budget) {
				int pieces = order.getItems().subList(i, lines.size()).stream().mapToInt(OrderItem::quantity).sum();
				shown.add(summary(lines.size() - i, pieces));
				break;
			}
			shown.add(lines.get(i));
			used += cost;
		}
		return head + "\n" + String.join("\n", shown) + "\n\n" + String.join("\n", tail);
	}

	private String line(OrderItem item) {
		String name = isolate(item.name()) + (item.options() == null ? "" : " (" + isolate(item.options()) + ")");
		return label("store.message.item", item.quantity(), name, money(item.lineMinor()));
	}

	private String summary(int items, int pieces) {
		return label("store.message.more", items, pieces);
	}

	private String money(long minor) {
		return new Money(minor, currency).format(locale);
	}

	private String label(String key, Object... args) {
		return labels.apply(key, args);
	}

	private static String isolate(String text) {
		return ISOLATE + text + POP;
	}
}
