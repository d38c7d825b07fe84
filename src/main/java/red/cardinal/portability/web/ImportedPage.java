package red.cardinal.portability.web;

import java.util.List;

import red.cardinal.portability.ImportResult;

/** What an import from the account page did: the cards it made and the slugs it changed, or why it made none. */
public record ImportedPage(int cards, List<ImportResult.Renamed> renamed, List<String> problems) {

	static ImportedPage of(ImportResult result) {
		return new ImportedPage(result.cards(), result.renamed(), List.of());
	}

	static ImportedPage refused(List<String> problems) {
		return new ImportedPage(0, List.of(), problems);
	}
}
