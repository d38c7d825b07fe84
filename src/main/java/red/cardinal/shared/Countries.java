package red.cardinal.shared;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Countries by ISO 3166 code, found from what people write in an address: the code itself
 * ({@code ES}), or the country's name in one of the languages listed ("Spain", "España",
 * "Deutschland", "대한민국").
 */
public final class Countries {

	private static final List<Locale> NAMED_IN = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.GERMAN,
			Locale.FRENCH, Locale.ITALIAN, Locale.forLanguageTag("pt"), Locale.forLanguageTag("nl"), Locale.KOREAN,
			Locale.JAPANESE, Locale.CHINESE, Locale.forLanguageTag("ar"), Locale.forLanguageTag("ru"),
			Locale.forLanguageTag("tr"), Locale.forLanguageTag("pl"), Locale.forLanguageTag("hu"));

	private static final Map<String, String> ALSO = Map.of("usa", "US", "us", "US", "u s a", "US", "uk", "GB",
			"great britain", "GB", "england", "GB", "scotland", "GB", "wales", "GB", "eeuu", "US", "ee uu", "US");

	private static final Set<String> CODES = Set.of(Locale.getISOCountries());

	// compiled once: the names table keys some 3,700 names at its first use (on the start path: the demo card's address)
	private static final Pattern MARKS = Pattern.compile("\\p{M}");

	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final class Names {

		static final Map<String, String> CODE_BY_NAME = names();

		private static Map<String, String> names() {
			var names = new HashMap<String, String>(ALSO);
			for (String code : CODES) {
				for (Locale language : NAMED_IN) {
					names.putIfAbsent(key(new Locale.Builder().setRegion(code).build().getDisplayCountry(language)), code);
				}
			}
			return Map.copyOf(names);
		}
	}

	private Countries() {
	}

	/** The ISO code of the country a text names, if it names one. */
	public static Optional<String> code(String text) {
		if (text == null || text.isBlank() || text.length() > 100) {
			return Optional.empty();
		}
		String t = text.strip();
		if (t.length() == 2 && CODES.contains(t.toUpperCase(Locale.ROOT))) {
			return Optional.of(t.toUpperCase(Locale.ROOT));
		}
		return Optional.ofNullable(Names.CODE_BY_NAME.get(key(t)));
	}

	/** Every ISO country code. */
	public static Set<String> codes() {
		return CODES;
	}

	private static String key(String name) {
		String bare = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
		return SEPARATORS.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}
}
