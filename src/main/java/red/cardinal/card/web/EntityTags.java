package red.cardinal.card.web;

/** Reads the version a change was made on from an {@code If-Match} header. */
final class EntityTags {

	private EntityTags() {
	}

	/** The version in {@code If-Match} (one entity tag, quoted or not; weak ones compare too), or null for none or {@code *}. */
	static String expected(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
			return null;
		}
		String tag = ifMatch.strip();
		if (tag.startsWith("W/")) {
			tag = tag.substring(2);
		}
		return tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"") ? tag.substring(1, tag.length() - 1) : tag;
	}
}
