package red.cardinal.leads.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import red.cardinal.card.CardManagement;
import red.cardinal.leads.LeadForms;
import red.cardinal.leads.LeadRequest;

/** A visitor's details as JSON: {@code 201 {"id": "…"}}, problems as problem+json naming each field. */
@RestController
@Tag(name = "Leads")
class ConnectApiController {

	record CapturedJson(String id) {
	}

	private final CardManagement cards;
	private final LeadForms forms;
	private final ConnectController connect;

	ConnectApiController(CardManagement cards, LeadForms forms, ConnectController connect) {
		this.cards = cards;
		this.forms = forms;
		this.connect = connect;
	}

	@Operation(summary = "Share a visitor's details with a card's owner",
			description = "Needs \"consent\": true; 404 for a draft or unknown card, or one whose lead form is off; "
					+ "rate-limited per client address (429).")
	@PostMapping(path = "/{slug:[a-z0-9][a-z0-9-]{1,38}[a-z0-9]}/connect", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<CapturedJson> connect(@PathVariable String slug, @RequestBody LeadRequest lead, Locale locale,
			HttpServletRequest request) {
		Long id = connect.capture(ConnectController.card(cards, forms, slug), lead, locale, request);
		return ResponseEntity.status(HttpStatus.CREATED).body(new CapturedJson(id == null ? null : id.toString()));
	}
}
