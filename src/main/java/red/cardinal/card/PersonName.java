package red.cardinal.card;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.data.relational.core.mapping.Column;

/**
 * A person's name in the parts a vCard's N property has, and the order it is said in (null reads as
 * {@link NameOrder#AUTO}).
 */
public record PersonName(@Column("name_prefix") String prefix, @Column("given_name") String given,
		@Column("middle_name") String middle, @Column("family_name") String family,
		@Column("name_suffix") String suffix, @Column("name_order") NameOrder order) {

	public static final PersonName EMPTY = new PersonName(null, null, null, null, null);

	public PersonName {
		order = order == null ? NameOrder.AUTO : order;
	}

	/** A name said in the order its script suggests. */
	public PersonName(String prefix, String given, String middle, String family, String suffix) {
		this(prefix, given, middle, family, suffix, NameOrder.AUTO);
	}

	/** The same name, said in the given order. */
	public PersonName withOrder(NameOrder order) {
		return new PersonName(prefix, given, middle, family, suffix, order);
	}

	/**
	 * The name as people say it: "Dr. Ada King Lovelace", or family name first when its order says so
	 * ("Nagy László"); names in Hangul, Han or Kana run together as they are written ("김민준").
	 */
	public String full() {
		if (!order.familyFirst(given, family)) {
			return join(" ", prefix, given, middle, family, suffix);
		}
		boolean written = NameOrder.eastAsian(family) && NameOrder.eastAsian(given)
				&& (middle == null || NameOrder.eastAsian(middle));
		String core = written ? join("", family, given, middle) : join(" ", family, given, middle);
		return join(" ", prefix, core, suffix);
	}

	/** The parts in the order they are said, a space between each: what a slug is made from. */
	String spoken() {
		return order.familyFirst(given, family) ? join(" ", family, given, middle) : join(" ", given, middle, family);
	}

	private static String join(String separator, String... parts) {
		return Stream.of(parts)
			.filter(Objects::nonNull)
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.collect(Collectors.joining(separator));
	}
}
