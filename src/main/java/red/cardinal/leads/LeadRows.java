package red.cardinal.leads;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The {@code leads} table: rows in, rows out, nothing decided here. */
@Component
class LeadRows {

	private static final String COLUMNS = "id, card_id, name, email, phone, company, job_title, note, consent_text, "
			+ "status, tags, owner_note, created_at";

	private final JdbcClient jdbc;

	LeadRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long cardId, LeadRequest r, String consentText, Instant at) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("insert into leads (card_id, name, email, phone, company, job_title, note, consent_text, status, "
				+ "created_at) values (?, ?, ?, ?, ?, ?, ?, ?, 'new', ?)")
			.params(cardId, r.name(), r.email(), r.phone(), r.company(), r.jobTitle(), r.note(), consentText,
					OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update(key, "id");
		return key.getKey().longValue();
	}

	Optional<Lead> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from leads where id = ?").param(id).query(LeadRows::lead).optional();
	}

	/**
	 * The newest {@code limit} leads of these cards, those with {@code status} (null: any) and with
	 * {@code search} (null: any) in a name, email, phone, company, job title, note or tag.
	 */
	List<Lead> list(List<Long> cardIds, String status, String search, int limit) {
		if (cardIds.isEmpty()) {
			return List.of();
		}
		String sql = "select " + COLUMNS + " from leads where card_id in (:cards)"
				+ (status == null ? "" : " and status = :status")
				+ (search == null ? "" : " and (lower(coalesce(name, '')) like :q escape '\\' or lower(coalesce(email, '')) "
						+ "like :q escape '\\' or lower(coalesce(phone, '')) like :q escape '\\' or lower(coalesce(company, '')) "
						+ "like :q escape '\\' or lower(coalesce(job_title, '')) like :q escape '\\' or lower(coalesce(note, '')) "
						+ "like :q escape '\\' or lower(coalesce(tags, '')) like :q escape '\\')")
				+ " order by created_at desc, id desc fetch first :limit rows only";
		var query = jdbc.sql(sql).param("cards", cardIds).param("limit", limit);
		if (status != null) {
			query = query.param("status", status);
		}
		if (search != null) {
			query = query.param("q", "%" + search.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
				.replace("%", "\\%").replace("_", "\\_") + "%");
		}
		return query.query(LeadRows::lead).list();
	}

	/** A card's leads captured from {@code from} until {@code to}, oldest first, at most 1000. */
	List<Lead> between(long cardId, Instant from, Instant to) {
		return jdbc.sql("select " + COLUMNS + " from leads where card_id = ? and created_at >= ? and created_at < ? "
				+ "order by created_at, id fetch first 1000 rows only")
			.params(cardId, OffsetDateTime.ofInstant(from, ZoneOffset.UTC), OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
			.query(LeadRows::lead)
			.list();
	}

	void update(long id, String status, List<String> tags, String ownerNote) {
		jdbc.sql("update leads set status = ?, tags = ?, owner_note = ? where id = ?")
			.params(status, tags.isEmpty() ? null : String.join(",", tags), ownerNote, id)
			.update();
	}

	void delete(long id) {
		jdbc.sql("delete from leads where id = ?").param(id).update();
	}

	/** Deletes a card's leads captured before {@code before}; how many. */
	int deleteBefore(long cardId, Instant before) {
		return jdbc.sql("delete from leads where card_id = ? and created_at < ?")
			.params(cardId, OffsetDateTime.ofInstant(before, ZoneOffset.UTC))
			.update();
	}

	private static Lead lead(ResultSet rs, int n) throws SQLException {
		String tags = rs.getString(11);
		return new Lead(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
				rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
				tags == null ? List.of() : Arrays.asList(tags.split(",")), rs.getString(12),
				rs.getObject(13, OffsetDateTime.class).toInstant());
	}
}
