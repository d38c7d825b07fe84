package red.cardinal.contact.web;

import java.util.List;

/** The import form, or what an import made and left out. */
public record ImportPage(Long cardId, List<String> skipped) {
}
