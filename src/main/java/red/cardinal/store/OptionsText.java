package red.cardinal.store;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import red.cardinal.shared.Money;
import red.cardinal.shared.Violation;

/**
 * Product options as owners type them, one option per line: {@code Size: S, M, L (+2.00)}. A value's
 * price change is in brackets, in the store's currency. The CSV export joins the lines with {@code " | "}.
 */
public final class OptionsText {

	/**
	 * The longest text read: five options of 30 values of 60 characters with their price changes
	 * fit in less than half.
	 */
	public static final int MAX_CHARS = 20_000;

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

	/**
	 * The options in the text, or null when a line or a price change cannot be read or the text is
	 * longer than {@link #MAX_CHARS}. Read by hand in one pass over each line: the regular
	 * expressions this replaces looked ahead to the line's end from every comma (20,000 commas took
	 * 6.1 s) and backtracked over every run of spaces in a value.
	 */
	public static List<ProductDetails.Option> parse(String text, Currency currency) {
		var options = new ArrayList<ProductDetails.Option>();
		if (text == null || text.isBlank()) {
			return options;
		}
		if (text.length() > MAX_CHARS) {
			return null;
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
			for (String part : values(line.substring(colon + 1))) {
				if (part.isBlank()) {
					return null;
				}
				var value = value(part.strip(), currency);
				if (value == null) {
					return null;
				}
				values.add(value);
			}
			options.add(new ProductDetails.Option(line.substring(0, colon).strip(), values));
		}
		return options;
	}

	/** Why {@link #parse} could not read this text, for the field that held it. */
	public static Violation refused(String field, String text) {
		return text != null && text.length() > MAX_CHARS ? Violation.of(field, "product.options.tooLong", MAX_CHARS)
				: Violation.of(field, "product.options.text");
	}

	/**
	 * The values of an option, split at commas; a comma inside brackets is a decimal comma
	 * ({@code +1,50}), not the next value: a comma splits unless the next bracket after it closes.
	 * Empty values at the end are left out, as {@link String#split} does.
	 */
	static List<String> values(String text) {
		var commas = new ArrayList<Integer>();
		boolean closingNext = false; // whether the next bracket to the right is ')'
		for (int i = text.length() - 1; i >= 0; i--) {
			char c = text.charAt(i);
			if (c == ')') {
				closingNext = true;
			}
			else if (c == '(') {
				closingNext = false;
			}
			else if (c == ',' && !closingNext) {
				commas.add(i);
			}
		}
		var parts = new ArrayList<String>(commas.size() + 1);
		int from = 0;
		for (int k = commas.size() - 1; k >= 0; k--) {
			parts.add(text.substring(from, commas.get(k)));
			from = commas.get(k) + 1;
		}
		parts.add(text.substring(from));
		if (commas.isEmpty()) {
			return parts;
		}
		int size = parts.size();
		while (size > 0 && parts.get(size - 1).isEmpty()) {
			size--;
		}
		return parts.subList(0, size);
	}

	/**
	 * A stripped value: its label and, when it ends in one, its price change in brackets
	 * ({@code L (+2.00)}); null when the price change cannot be read.
	 */
	private static ProductDetails.Value value(String s, Currency currency) {
		String label = s;
		String delta = null;
		int open = s.lastIndexOf('(');
		if (open > 0 && s.endsWith(")") && priceChange(s, open + 1, s.length() - 1)) {
			int end = open;
			while (end > 0 && regexSpace(s.charAt(end - 1))) {
				end--;
			}
			label = s.substring(0, end);
			delta = s.substring(open + 1, s.length() - 1);
		}
		if (lineTerminator(label)) {
			return null; // "." never matched one
		}
		long minor = 0;
		if (delta != null) {
			Long parsed = Money.parseMinor(delta.replace("+", "").replace(" ", ""), currency);
			if (parsed == null) {
				return null;
			}
			minor = parsed;
		}
		return new ProductDetails.Value(label.strip(), minor);
	}

	/** Whether {@code s[from, to)} is a sign, white space and digits, dots or commas: {@code [+-]?\s*[\d.,]+}. */
	private static boolean priceChange(String s, int from, int to) {
		int i = from;
		if (i < to && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
			i++;
		}
		while (i < to && regexSpace(s.charAt(i))) {
			i++;
		}
		if (i == to) {
			return false;
		}
		for (; i < to; i++) {
			char c = s.charAt(i);
			if (!(c >= '0' && c <= '9') && c != '.' && c != ',') {
				return false;
			}
		}
		return true;
	}

	private static boolean regexSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
	}

	private static boolean lineTerminator(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
				return true;
			}
		}
		return false;
	}
}
