package red.cardinal.leads.web;

import java.util.List;

/**
 * The leads inbox: the owner's cards to filter by, the filters as given, the leads they match
 * (newest first) and the query string that downloads the same as CSV.
 */
public record InboxPage(List<CardOption> cards, String card, String q, String status, List<String> statuses,
		List<Entry> leads, String csvQuery, String notice) {

	public record CardOption(String id, String name) {
	}

	/** One lead in the list; every text as the visitor typed it (the template escapes it). */
	public record Entry(long id, String title, String email, String phone, String company, String card, String when,
			String status, List<String> tags) {
	}
}
