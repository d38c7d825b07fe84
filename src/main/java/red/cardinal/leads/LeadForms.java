package red.cardinal.leads;

import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each card's {@link LeadSettings}, in their own table. */
@Service
public class LeadForms {

	private final JdbcClient jdbc;

	LeadForms(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A card's lead form; {@link LeadSettings#OFF} when it has none (or is not stored yet). */
	@Transactional(readOnly = true)
	public LeadSettings of(Long cardId) {
		if (cardId == null) {
			return LeadSettings.OFF;
		}
		return jdbc.sql("select enabled, fields, required_fields, consent_text, retention_days, notify_owner "
				+ "from lead_settings where card_id = ?")
			.param(cardId)
			.query((rs, n) -> new LeadSettings(rs.getBoolean(1), list(rs.getString(2)), list(rs.getString(3)),
					rs.getString(4), rs.getObject(5, Integer.class), rs.getBoolean(6)))
			.optional()
			.orElse(LeadSettings.OFF);
	}

	/** Stores checked settings, in the card's transaction. */
	void save(long cardId, LeadSettings s) {
		Object[] values = { s.enabled(), String.join(",", s.fields()), String.join(",", s.required()), s.consentText(),
				s.retentionDays(), s.mailsOwner(), cardId };
		if (jdbc.sql("update lead_settings set enabled = ?, fields = ?, required_fields = ?, consent_text = ?, "
				+ "retention_days = ?, notify_owner = ? where card_id = ?").params(values).update() == 0) {
			jdbc.sql("insert into lead_settings (enabled, fields, required_fields, consent_text, retention_days, "
					+ "notify_owner, card_id) values (?, ?, ?, ?, ?, ?, ?)").params(values).update();
		}
	}

	/** The cards whose leads are kept for a limited time, with their number of days. */
	List<Retained> retained() {
		return jdbc.sql("select card_id, retention_days from lead_settings where retention_days is not null")
			.query((rs, n) -> new Retained(rs.getLong(1), rs.getInt(2)))
			.list();
	}

	record Retained(long cardId, int days) {
	}

	private static List<String> list(String csv) {
		return csv == null || csv.isEmpty() ? List.of() : Arrays.asList(csv.split(","));
	}
}
