package red.cardinal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import red.cardinal.shared.PhoneNumber;

class OrderMessageTest {

	static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasename("messages/store");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setFallbackToSystemLocale(false);
	}

	static String text(Order order, Locale locale) {
		return new OrderMessage(locale, Currency.getInstance(order.getCurrency()),
				(key, args) -> MESSAGES.getMessage(key, args, locale)).text(order);
	}

	static Order order(String currency, List<OrderItem> items, String name, String note) {
		return new Order(1, "K7M2QX", currency, items, name, note, "pickup", null, Instant.EPOCH);
	}

	static OrderItem item(String name, String options, int quantity, long unit) {
		return new OrderItem(1L, "p", name, options, quantity, unit, unit * quantity);
	}

	@Test
	void writesAmountsInTheCurrencysOwnDecimals() {
		assertThat(text(order("JPY", List.of(item("Matcha", null, 2, 1500)), null, null), Locale.JAPAN))
			.contains("2 × \u2068Matcha\u2069 — ￥3,000").contains("Total: ￥3,000");
		String eur = text(order("EUR", List.of(item("Camiseta", "Talla: M", 2, 1999)), null, null), Locale.forLanguageTag("es-ES"));
		assertThat(eur).startsWith("Pedido K7M2QX\n").contains("2 × \u2068Camiseta\u2069 (\u2068Talla: M\u2069) — 39,98\u00a0€")
			.contains("Total: 39,98\u00a0€").contains("Lo recojo yo.");
		assertThat(text(order("KWD", List.of(item("Dates", null, 1, 1250)), null, null), Locale.ENGLISH))
			.containsPattern("Total: KWD\\s?1\\.250");
	}

	@Test
	void keepsRightToLeftNamesAndEmojiIntactAndIsolated() {
		String text = text(order("EUR", List.of(item("قهوة عربية", "الحجم: كبير", 3, 450)), "فاطمة 🌙", "بدون سكر ☕"),
				Locale.ENGLISH);
		assertThat(text).contains("\u2068قهوة عربية\u2069", "Name: \u2068فاطمة 🌙\u2069", "Note: \u2068بدون سكر ☕\u2069");
		String link = OrderMessage.link(new PhoneNumber("+34612345678"), text);
		URI uri = URI.create(link);
		assertThat(uri.getScheme()).isEqualTo("https");
		assertThat(uri.getHost()).isEqualTo("wa.me");
		assertThat(uri.getPath()).isEqualTo("/34612345678");
		assertThat(uri.getRawQuery()).startsWith("text=").doesNotContain("+", " ", "\n");
		assertThat(URLDecoder.decode(uri.getRawQuery().substring(5), StandardCharsets.UTF_8)).isEqualTo(text);
	}

	@Test
	void summarisesALongCartWithinTheLinkLimitKeepingTheTotal() {
		var items = new ArrayList<OrderItem>();
		for (int i = 0; i < 200; i++) {
			items.add(item("Producto número " + i + " — edición especial", "Color: Azul marino", 1 + i % 3, 1250));
		}
		Order order = order("EUR", items, "Ana", null);
		String text = text(order, Locale.forLanguageTag("es-ES"));
		assertThat(OrderMessage.encode(text).length()).isLessThanOrEqualTo(OrderMessage.MAX_ENCODED);
		assertThat(text).contains("Producto número 0 ").contains("líneas más").contains("Pedido K7M2QX")
			.contains("Total: " + new red.cardinal.shared.Money(order.getTotalMinor(), Currency.getInstance("EUR"))
				.format(Locale.forLanguageTag("es-ES")));
		long shown = text.lines().filter(l -> l.contains("Producto número")).count();
		assertThat(shown).isBetween(10L, 199L);
		int pieces = items.subList((int) shown, 200).stream().mapToInt(OrderItem::quantity).sum();
		assertThat(text).contains("y " + (200 - shown) + " líneas más (" + pieces + " artículos)");
	}

	@Test
	void listsEveryLineOfAShortCart() {
		String text = text(order("EUR", List.of(item("A", null, 1, 100), item("B", null, 2, 200)), null, "Ring twice\nthen wait"),
				Locale.ENGLISH);
		assertThat(text).contains("1 × \u2068A\u2069 — €1.00", "2 × \u2068B\u2069 — €4.00", "Total: €5.00",
				"Note: \u2068Ring twice\nthen wait\u2069").doesNotContain("more lines");
	}
}
