package red.cardinal.card.web;

import java.util.List;

/**
 * The owner's cards and the form that starts a new one; {@code servedAt} is where the owner opened
 * Cardinal when links are built for another address ({@code baseUrl}), else null.
 */
public record DashboardPage(List<Entry> cards, NewCardForm form, String servedAt, String baseUrl) {

	/** One card in the list, with its photo (or null) to know it by. */
	public record Entry(long id, String displayName, String slug, boolean published, String url, String photoUrl) {

		public Entry(long id, String displayName, String slug, boolean published, String url) {
			this(id, displayName, slug, published, url, null);
		}

		/** The first letter of the name, for a card without a photo. */
		public String initial() {
			return displayName.isEmpty() ? "?" : new String(Character.toChars(displayName.codePointAt(0)));
		}
	}
}
