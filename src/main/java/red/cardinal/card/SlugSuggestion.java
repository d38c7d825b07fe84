package red.cardinal.card;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import red.cardinal.shared.Slug;

/** Makes a free, valid slug from a card's name when the owner gave none. */
final class SlugSuggestion {

	private SlugSuggestion() {
	}

	static String from(CardDetails details, Predicate<String> free) {
		String base = Slug.slugify(details.name().full().isEmpty() ? nullToEmpty(details.organization())
				: details.name().full());
		if (base.length() < 3) {
			base = "card";
		}
		base = base.length() > 32 ? base.substring(0, 32).replaceAll("-+$", "") : base;
		if (Slug.problem(base) == null && free.test(base)) {
			return base;
		}
		for (int attempt = 0; attempt < 20; attempt++) {
			String candidate = base + "-" + Integer.toString(ThreadLocalRandom.current().nextInt(1296, 46656), 36);
			if (Slug.problem(candidate) == null && free.test(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("No free slug near " + base);
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}
}
