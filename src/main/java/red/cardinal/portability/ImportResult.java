package red.cardinal.portability;

import java.util.List;

/** What an import made: how many cards, and those whose slug was taken here and got a free one. */
public record ImportResult(int cards, List<Renamed> renamed) {

	public record Renamed(String from, String to) {
	}
}
