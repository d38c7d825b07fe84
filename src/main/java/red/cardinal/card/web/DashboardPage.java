package red.cardinal.card.web;

import java.util.List;

/** The owner's cards and the form that starts a new one. */
public record DashboardPage(List<Entry> cards, NewCardForm form) {

	/** One card in the list. */
	public record Entry(long id, String displayName, String slug, boolean published, String url) {
	}
}
