package red.cardinal.design;

import java.util.List;

/**
 * A card's design as a page shows it: its theme and header layout, the style sheet to inline (built
 * only from validated values), the cover image, the sections to show in order, and the browser's
 * theme colour.
 */
public record Look(String theme, String layout, String css, String coverUrl, List<String> sections,
		String themeColor) {
}
