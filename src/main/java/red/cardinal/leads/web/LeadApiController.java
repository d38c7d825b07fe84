package red.cardinal.leads.web;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import red.cardinal.account.AccountPrincipal;
import red.cardinal.leads.LeadChange;
import red.cardinal.leads.Leads;

/** The owner's leads as JSON, CSV and vCards; someone else's card or lead is a 404. */
@RestController
@Tag(name = "Leads")
class LeadApiController {

	private final Leads leads;

	LeadApiController(Leads leads) {
		this.leads = leads;
	}

	@Operation(summary = "The leads of all the caller's cards, newest first (at most 1000)")
	@GetMapping("/api/v1/leads")
	List<LeadJson> all(@AuthenticationPrincipal AccountPrincipal owner, @RequestParam(required = false) String q,
			@RequestParam(required = false) String status) {
		return leads.list(owner.accountId(), null, status, q).stream().map(LeadJson::of).toList();
	}

	@Operation(summary = "The leads of one card, newest first (at most 1000)")
	@GetMapping("/api/v1/cards/{id}/leads")
	List<LeadJson> ofCard(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@RequestParam(required = false) String q, @RequestParam(required = false) String status) {
		return leads.list(owner.accountId(), id, status, q).stream().map(LeadJson::of).toList();
	}

	@Operation(summary = "The leads of one card as CSV (formula cells defused)")
	@GetMapping("/api/v1/cards/{id}/leads.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id) {
		return Downloads.csv(leads.export(owner.accountId(), id, null, null));
	}

	@GetMapping("/api/v1/leads/{leadId:\\d{1,18}}")
	LeadJson get(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long leadId) {
		return LeadJson.of(leads.get(owner.accountId(), leadId));
	}

	@Operation(summary = "Change a lead's status (new, contacted, closed), tags or notes; fields left out stay")
	@PatchMapping("/api/v1/leads/{leadId:\\d{1,18}}")
	LeadJson change(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long leadId,
			@RequestBody LeadChange change) {
		return LeadJson.of(leads.change(owner.accountId(), leadId, change));
	}

	@Operation(summary = "Delete a lead for good (an erasure request)")
	@DeleteMapping("/api/v1/leads/{leadId:\\d{1,18}}")
	ResponseEntity<Void> delete(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long leadId) {
		leads.delete(owner.accountId(), leadId);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "A lead as a vCard 3.0")
	@GetMapping("/api/v1/leads/{leadId:\\d{1,18}}.vcf")
	ResponseEntity<byte[]> vcard(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long leadId) {
		return Downloads.vcard(leads.get(owner.accountId(), leadId));
	}
}
