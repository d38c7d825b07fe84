package red.cardinal.media.web;

import java.util.List;

/** The owner's uploads, with where each is used, and how much of the quota they take. */
public record LibraryPage(List<Entry> items, long usedMb, String notice) {

	public record Entry(long id, String thumbUrl, String url, int width, int height, List<String> usedBy) {
	}
}
