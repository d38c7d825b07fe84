package red.cardinal.leads.web;

import java.time.Instant;
import java.util.List;

import red.cardinal.leads.Lead;

/** A lead as the JSON API shows it: ids are strings. */
record LeadJson(String id, String cardId, String name, String email, String phone, String company, String jobTitle,
		String note, String status, List<String> tags, String ownerNote, String consentText, Instant createdAt) {

	static LeadJson of(Lead l) {
		return new LeadJson(Long.toString(l.id()), Long.toString(l.cardId()), l.name(), l.email(), l.phone(), l.company(),
				l.jobTitle(), l.note(), l.status(), l.tags(), l.ownerNote(), l.consentText(), l.createdAt());
	}
}
