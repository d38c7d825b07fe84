package red.cardinal.contact.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.tags.Tag;
import red.cardinal.account.AccountPrincipal;
import red.cardinal.card.CardJson;
import red.cardinal.card.CardManagement;
import red.cardinal.contact.ContactImports;
import red.cardinal.web.PublicUrls;

/** {@code POST /api/v1/cards/import}: a new card from a .vcf file; the card, plus what was skipped. */
@RestController
@Tag(name = "Contact")
class ImportApiController {

	/** The card's JSON with one more field: what of the file the card could not hold. */
	record ImportedCard(@JsonUnwrapped CardJson card, List<Skipped> skipped) {
	}

	record Skipped(String field, String message) {
	}

	private final ContactImports imports;
	private final CardManagement cards;
	private final PublicUrls urls;
	private final MessageSource messages;

	ImportApiController(ContactImports imports, CardManagement cards, PublicUrls urls, MessageSource messages) {
		this.imports = imports;
		this.cards = cards;
		this.urls = urls;
		this.messages = messages;
	}

	@PostMapping("/api/v1/cards/import")
	ResponseEntity<ImportedCard> importCard(@AuthenticationPrincipal AccountPrincipal owner,
			@RequestParam(name = "file", required = false) MultipartFile file, Locale locale) throws IOException {
		var result = imports.create(owner.accountId(), ImportController.bytes(file), locale);
		var card = result.card();
		var skipped = result.skipped()
			.stream()
			.map(v -> new Skipped(v.field(), messages.getMessage(v.code(), v.args().toArray(), v.code(), locale)))
			.toList();
		return ResponseEntity.created(URI.create("/api/v1/cards/" + card.getId()))
			.body(new ImportedCard(CardJson.of(card, urls.of("/" + card.getSlug()), cards.photoUrl(card), cards.sectionSettings(card)), skipped));
	}
}
