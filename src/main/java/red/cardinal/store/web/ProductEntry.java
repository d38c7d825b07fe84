package red.cardinal.store.web;

import java.util.List;

/** A product as the card page and its own page show it; prices already formatted for the visitor. */
public record ProductEntry(String slug, String name, String description, String price, String compareAt,
		String category, String imageSrc, List<String> images, boolean soldOut, String href,
		List<OptionEntry> options, long priceMinor) {

	public record OptionEntry(String name, List<ValueEntry> values) {
	}

	/** A value of an option, with its price change as text ("+€2.00") or null. */
	public record ValueEntry(String label, String delta, long deltaMinor) {
	}
}
