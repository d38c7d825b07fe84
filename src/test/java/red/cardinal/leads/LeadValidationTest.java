package red.cardinal.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.Violation;

class LeadValidationTest {

	static final LeadSettings FORM = new LeadSettings(true, List.of("name", "email", "phone", "note"),
			List.of("name", "email"), null, null, true);

	@Test
	void takesADetailsCardInAnyScriptAndDropsFieldsTheFormDoesNotAsk() {
		var lead = LeadRequestValidation.check(new LeadRequest("  김민준 ", "minjun@example.kr", "+82 10-1234-5678",
				"Samsung", null, "Line one\r\nline two", true, null), FORM);
		assertThat(lead.name()).isEqualTo("김민준");
		assertThat(lead.company()).as("not asked").isNull();
		assertThat(lead.note()).isEqualTo("Line one\nline two");
	}

	@Test
	void refusesWithoutConsentNamingConsent() {
		assertThat(fields(new LeadRequest("Ana", "ana@example.com", null, null, null, null, null, null)))
			.containsExactly("consent");
		assertThat(fields(new LeadRequest("Ana", "ana@example.com", null, null, null, null, false, null)))
			.containsExactly("consent");
	}

	@Test
	void refusesABadEmailARequiredFieldLeftOutAndLineBreaksInALine() {
		assertThat(fields(new LeadRequest("Ana\r\nBcc: x@evil.example", "not-an-email", "call me", null, null, null, true,
				null))).containsExactlyInAnyOrder("name", "email", "phone");
		assertThat(fields(new LeadRequest(null, null, null, null, null, null, true, null)))
			.containsExactlyInAnyOrder("name", "email");
		assertThat(fields(new LeadRequest("A".repeat(101), "ana@example.com", null, null, null, "x".repeat(1001), true,
				null))).containsExactlyInAnyOrder("name", "note");
	}

	@Test
	void settingsAskForKnownFieldsOnceAndRequireOnlyWhatIsAsked() {
		var violations = new ArrayList<Violation>();
		var valid = LeadSettingsValidation.check(new LeadSettings(true, List.of("email", "name"), List.of("email"), " ", 30,
				null), violations);
		assertThat(violations).isEmpty();
		assertThat(valid.fields()).as("in the form's order").containsExactly("name", "email");
		assertThat(valid.consentText()).isNull();
		assertThat(valid.mailsOwner()).isTrue();

		LeadSettingsValidation.check(new LeadSettings(true, List.of("name", "name", "fax"), List.of("company"), "x".repeat(501),
				0, true), violations);
		assertThat(violations).extracting(Violation::field).containsExactlyInAnyOrder("leads.fields[1]",
				"leads.fields[2]", "leads.required[0]", "leads.consentText", "leads.retentionDays");
	}

	@Test
	void vCardOfALeadKeepsHostileTextAsValues() {
		var lead = new Lead(7, 1, "Eve;X", "eve@example.com", "+1 555 0100", "ACME, Inc.", "CEO", "hi\nEND:VCARD\nBEGIN:VCARD",
				"ok", "new", List.of(), null, java.time.Instant.EPOCH);
		String vcf = LeadVCards.of(lead);
		assertThat(vcf).contains("FN:Eve\\;X", "ORG:ACME\\, Inc.", "NOTE:hi\\nEND:VCARD\\nBEGIN:VCARD");
		assertThat(vcf.lines().filter(l -> l.startsWith("BEGIN:") || l.startsWith("END:"))).containsExactly("BEGIN:VCARD",
				"END:VCARD");
		assertThat(LeadVCards.filename(lead)).isEqualTo("Eve-X.vcf");
	}

	@Test
	void csvDefusesFormulasInWhatVisitorsTyped() {
		var lead = new Lead(7, 1, "=HYPERLINK(\"http://evil\")", "eve@example.com", "+1 555", "@SUM(A1)", null, null, "ok",
				"new", List.of("vip"), null, java.time.Instant.EPOCH);
		String csv = LeadCsv.of(List.of(lead));
		assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\")\"", "\"'@SUM(A1)\"", "\"+1 555\"".replace("+", "'+"));
	}

	private static List<String> fields(LeadRequest request) {
		try {
			LeadRequestValidation.check(request, FORM);
		}
		catch (InvalidInputException e) {
			return e.violations().stream().map(Violation::field).toList();
		}
		throw new AssertionError("accepted " + request);
	}

	@Test
	void refusedFieldsAreExceptions() {
		assertThatThrownBy(() -> LeadRequestValidation.check(new LeadRequest(null, null, null, null, null, null, true, null),
				new LeadSettings(true, List.of("note"), List.of(), null, null, true))).isInstanceOf(InvalidInputException.class);
	}
}
