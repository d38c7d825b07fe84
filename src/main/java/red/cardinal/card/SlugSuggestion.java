package red.cardinal.card;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import red.cardinal.shared.Slug;

/**
 * Makes a free, valid slug from a card's name when the owner gave none: the name in Latin letters
 * ("María Pérez" → {@code maria-perez}, "김민준" → {@code gim-minjun}), then {@code -2}, {@code -3}… when
 * that is taken.
 */
final class SlugSuggestion {

	private static final int NUMBERED = 20;

	private SlugSuggestion() {
	}

	static String from(CardDetails details, Predicate<String> free) {
		String spoken = details.name().spoken();
		String base = Slug.slugify(spoken.isEmpty() ? nullToEmpty(details.organization()) : spoken);
		if (base.length() < 3) {
			base = "card";
		}
		base = trimmed(base, 32);
		if (Slug.problem(base) == null && free.test(base)) {
			return base;
		}
		for (int n = 2; n <= NUMBERED; n++) {
			String candidate = base + "-" + n;
			if (Slug.problem(candidate) == null && free.test(candidate)) {
				return candidate;
			}
		}
		// a base this crowded is a common name: a random tail finds a free one in a few tries
		for (int attempt = 0; attempt < 20; attempt++) {
			String candidate = base + "-" + Integer.toString(ThreadLocalRandom.current().nextInt(1296, 46656), 36);
			if (Slug.problem(candidate) == null && free.test(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("No free slug near " + base);
	}

	private static String trimmed(String slug, int max) {
		return slug.length() > max ? slug.substring(0, max).replaceAll("-+$", "") : slug;
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}
}
