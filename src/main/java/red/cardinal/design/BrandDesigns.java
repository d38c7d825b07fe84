package red.cardinal.design;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.NotFoundException;
import red.cardinal.shared.Violation;

/** The brand designs of each owner; someone else's is treated exactly like one that does not exist. */
@Service
public class BrandDesigns {

	static final int MAX_PER_OWNER = 50;

	private final JdbcClient jdbc;
	private final Clock clock;

	BrandDesigns(JdbcClient jdbc, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Transactional(readOnly = true)
	public List<BrandDesign> list(long ownerId) {
		return jdbc.sql("select id, name, design, created_at from brand_designs where owner_id = ? order by name")
			.param(ownerId)
			.query((rs, i) -> new BrandDesign(rs.getLong(1), rs.getString(2), Design.decode(rs.getString(3), null),
					rs.getObject(4, OffsetDateTime.class).toInstant()))
			.list();
	}

	@Transactional(readOnly = true)
	public BrandDesign get(long ownerId, long id) {
		return list(ownerId).stream().filter(b -> b.id() == id).findFirst()
			.orElseThrow(() -> new NotFoundException("Brand design"));
	}

	/**
	 * Saves a design under a name; a design of the same name is replaced. The cover image is not
	 * part of a brand design.
	 * @throws InvalidInputException for a blank or too long name, a bad design, or too many designs
	 */
	@Transactional
	public BrandDesign save(long ownerId, String name, Design design) {
		String clean = name == null ? "" : name.strip();
		if (clean.isEmpty() || clean.length() > 100 || clean.chars().anyMatch(Character::isISOControl)) {
			throw new InvalidInputException(List.of(Violation.of("name", "brand.name.invalid", 100)));
		}
		Design valid = DesignValidation.validate(design, "design.").withCover(null);
		boolean exists = list(ownerId).stream().anyMatch(b -> b.name().equals(clean));
		if (!exists && list(ownerId).size() >= MAX_PER_OWNER) {
			throw new InvalidInputException(List.of(Violation.of("name", "brand.tooMany", MAX_PER_OWNER)));
		}
		// two saves of one new name at once: the unique key keeps one row, and the later design wins
		int inserted = jdbc.sql("insert into brand_designs (owner_id, name, design, created_at) values (?, ?, ?, ?) "
				+ "on conflict do nothing")
			.params(ownerId, clean, valid.encode(), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
			.update();
		if (inserted == 0) {
			jdbc.sql("update brand_designs set design = ? where owner_id = ? and name = ?")
				.params(valid.encode(), ownerId, clean)
				.update();
		}
		return list(ownerId).stream().filter(b -> b.name().equals(clean)).findFirst().orElseThrow();
	}

	@Transactional
	public void delete(long ownerId, long id) {
		if (jdbc.sql("delete from brand_designs where id = ? and owner_id = ?").params(id, ownerId).update() == 0) {
			throw new NotFoundException("Brand design");
		}
	}
}
