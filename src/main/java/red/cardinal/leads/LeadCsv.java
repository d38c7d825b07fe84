package red.cardinal.leads;

import java.util.Arrays;
import java.util.List;

import red.cardinal.shared.Csv;

/** Leads as CSV, by the project's CSV rules ({@link Csv}): every cell quoted, formulas defused. */
public final class LeadCsv {

	private LeadCsv() {
	}

	public static String of(List<Lead> leads) {
		var csv = new StringBuilder(Csv.row(List.of("id", "card_id", "created_at", "status", "name", "email", "phone",
				"company", "job_title", "note", "tags", "owner_note", "consent_text")));
		for (Lead l : leads) {
			csv.append(Csv.row(Arrays.asList(Long.toString(l.id()), Long.toString(l.cardId()), l.createdAt().toString(),
					l.status(), l.name(), l.email(), l.phone(), l.company(), l.jobTitle(), l.note(), String.join("; ", l.tags()),
					l.ownerNote(), l.consentText())));
		}
		return csv.toString();
	}
}
