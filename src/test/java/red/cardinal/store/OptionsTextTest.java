package red.cardinal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import red.cardinal.shared.Money;

/**
 * Options read in time linear in their length. The timeouts only guard against a hang (the
 * regular expressions this replaced took 6.1 s for 20,000 commas).
 */
class OptionsTextTest {

	static final Currency EUR = Currency.getInstance("EUR");

	static final Duration GUARD = Duration.ofSeconds(2);

	@Test
	void readsOptionsWithPriceChangesAndDecimalCommas() {
		var options = OptionsText.parse("Talla: S, M, L (+2,00)\nColor: Rojo, Azul (-1.50)", EUR);
		assertThat(options).containsExactly(
				new ProductDetails.Option("Talla", List.of(new ProductDetails.Value("S", 0), new ProductDetails.Value("M", 0),
						new ProductDetails.Value("L", 200))),
				new ProductDetails.Option("Color", List.of(new ProductDetails.Value("Rojo", 0),
						new ProductDetails.Value("Azul", -150))));
	}

	@Test
	void splitsTwentyThousandCommasInOnePass() {
		List<String> values = assertTimeoutPreemptively(GUARD, () -> OptionsText.values("a,".repeat(20_000)));
		assertThat(values).hasSize(20_000).containsOnly("a");
		List<String> inBrackets = assertTimeoutPreemptively(GUARD,
				() -> OptionsText.values("x (" + ",".repeat(20_000) + ")"));
		assertThat(inBrackets).hasSize(1);
	}

	@Test
	void readsNearlyTenThousandValuesInOnePass() {
		var options = assertTimeoutPreemptively(GUARD, () -> OptionsText.parse("Talla: " + "S,".repeat(9_990), EUR));
		assertThat(options).singleElement().satisfies(o -> assertThat(o.values()).hasSize(9_990)
			.containsOnly(new ProductDetails.Value("S", 0)));
	}

	@Test
	void readsAValueWithNineteenThousandSpacesInside() {
		String label = "L" + " ".repeat(19_000) + "XL";
		var options = assertTimeoutPreemptively(GUARD, () -> OptionsText.parse("Talla: " + label + " (+2)", EUR));
		assertThat(options).singleElement()
			.satisfies(o -> assertThat(o.values()).containsExactly(new ProductDetails.Value(label, 200)));
	}

	@Test
	void refusesTextLongerThanItsLimitWithoutReadingIt() {
		String megabyte = "Talla: " + "S,".repeat(500_000);
		assertThat(assertTimeoutPreemptively(GUARD, () -> OptionsText.parse(megabyte, EUR))).isNull();
		assertThat(OptionsText.refused("options", megabyte).code()).isEqualTo("product.options.tooLong");
		assertThat(OptionsText.refused("options", "Talla S").code()).isEqualTo("product.options.text");
	}

	@Test
	void readsEveryShortTextAsTheRegularExpressionsItReplacesDid() {
		String[] pieces = { "a", "b", " ", ",", "(", ")", "+", "-", "1", ".", ":", "\r", "\u0085", "\t", "(+1,5)", " | " };
		var random = new Random(17);
		for (int n = 0; n < 20_000; n++) {
			var text = new StringBuilder(random.nextBoolean() ? "Size:" : "");
			for (int i = random.nextInt(10); i > 0; i--) {
				text.append(pieces[random.nextInt(pieces.length)]);
			}
			String s = text.toString();
			assertThat(OptionsText.parse(s, EUR)).as("%s", s).isEqualTo(regexes(s, EUR));
		}
	}

	static final Pattern VALUE = Pattern.compile("(.+?)\\s*(?:\\(([+-]?\\s*[\\d.,]+)\\))?");

	/** What OptionsText did before: quadratic in commas and in spaces. */
	static List<ProductDetails.Option> regexes(String text, Currency currency) {
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
