package red.cardinal.store;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.regex.Pattern;

import red.cardinal.shared.Money;

/**
 * Product options as owners type them, one option per line: {@code Size: S, M, L (+2.00)}. A value's
 * price change is in brackets, in the store's currency. The CSV export joins the lines with {@code " | "}.
 */
public final class OptionsText {

	private static final Pattern VALUE = Pattern.compile("(.+?)\\s*(?:\\(([+-]?\\s*[\\d.,]+)\\))?");

	private OptionsText() {
	}

	public static String format(List<ProductDetails.Option> options, Currency currency, String separator) {
		var lines = new ArrayList<String>();
		for (var o : options) {
			var values = new ArrayList<String>();
			for (var v : o.values()) {
				values.add(v.priceDeltaMinor() == 0 ? v.label()
						: v.label() + " (" + (v.priceDeltaMinor() > 0 ? "+" : "-")
								+ new Money(Math.abs(v.priceDeltaMinor()), currency).amount().toPlainString() + ")");
			}
			lines.add(o.name() + ": " + String.join(", ", values));
		}
		return String.join(separator, lines);
	}

	/** The options in the text, or null when a line or a price change cannot be read. */
	public static List<ProductDetails.Option> parse(String text, Currency currency) {
		var options = new ArrayList<ProductDetails.Option>();
		if (text == null || text.isBlank()) {
			return options;
		}
		for (String line : text.split("\\r?\\n|\\s\\|\\s")) {
			if (line.isBlank()) {
				continue;
			}
			int colon = line.indexOf(':');
			if (colon <= 0) {
				return null;
			}
			var values = new ArrayList<ProductDetails.Value>();
			// a comma inside brackets is a decimal comma (+1,50), not the next value
			for (String part : line.substring(colon + 1).split(",(?![^(]*\\))")) {
				var m = VALUE.matcher(part.strip());
				if (part.isBlank() || !m.matches()) {
					return null;
				}
				long delta = 0;
				if (m.group(2) != null) {
					Long minor = Money.parseMinor(m.group(2).replace("+", "").replace(" ", ""), currency);
					if (minor == null) {
						return null;
					}
					delta = minor;
				}
				values.add(new ProductDetails.Value(m.group(1).strip(), delta));
			}
			options.add(new ProductDetails.Option(line.substring(0, colon).strip(), values));
		}
		return options;
	}
}
