package red.cardinal.leads;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
		return jdbc.sql("select enabled, fields, required_fields, consent_text, retention_days, notify_owner, digest "
				+ "from lead_settings where card_id = ?")
			.param(cardId)
			.query((rs, n) -> new LeadSettings(rs.getBoolean(1), list(rs.getString(2)), list(rs.getString(3)),
					rs.getString(4), rs.getObject(5, Integer.class), rs.getBoolean(6), rs.getBoolean(7)))
			.optional()
			.orElse(LeadSettings.OFF);
	}

	/** Stores checked settings, in the card's transaction. */
	void save(long cardId, LeadSettings s) {
		Object[] values = { s.enabled(), String.join(",", s.fields()), String.join(",", s.required()), s.consentText(),
				s.retentionDays(), s.mailsOwner(), s.digest(), cardId };
		if (jdbc.sql("update lead_settings set enabled = ?, fields = ?, required_fields = ?, consent_text = ?, "
				+ "retention_days = ?, notify_owner = ?, digest = ? where card_id = ?").params(values).update() == 0) {
			jdbc.sql("insert into lead_settings (enabled, fields, required_fields, consent_text, retention_days, "
					+ "notify_owner, digest, card_id) values (?, ?, ?, ?, ?, ?, ?, ?)").params(values).update();
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

	/** A card whose owner gets a mail a day, and up to when the last one went out (null: never). */
	record Digest(long cardId, Instant sentUntil) {
	}

	List<Digest> digests() {
		return jdbc.sql("select card_id, digest_sent_until from lead_settings where digest and notify_owner")
			.query((rs, n) -> {
				var until = rs.getObject(2, OffsetDateTime.class);
				return new Digest(rs.getLong(1), until == null ? null : until.toInstant());
			})
			.list();
	}

	/**
	 * Moves a card's digest on to {@code to} if it was last sent a day or more before (or never);
	 * false when another node has just done so: the condition makes it a compare-and-set, so one node
	 * sends each digest.
	 */
	boolean claimDigest(long cardId, Instant to) {
		var next = OffsetDateTime.ofInstant(to, ZoneOffset.UTC);
		return jdbc.sql("update lead_settings set digest_sent_until = ? where card_id = ? "
				+ "and (digest_sent_until is null or digest_sent_until <= ?)")
			.params(next, cardId, next.minusDays(1))
			.update() == 1;
	}

	private static List<String> list(String csv) {
		return csv == null || csv.isEmpty() ? List.of() : Arrays.asList(csv.split(","));
	}
}
