package red.cardinal.card;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.data.relational.core.mapping.Column;

/** A person's name in the parts a vCard's N property has. */
public record PersonName(@Column("name_prefix") String prefix, @Column("given_name") String given,
		@Column("middle_name") String middle, @Column("family_name") String family,
		@Column("name_suffix") String suffix) {

	public static final PersonName EMPTY = new PersonName(null, null, null, null, null);

	/** The name as people say it: "Dr. Ada King Lovelace". */
	public String full() {
		return Stream.of(prefix, given, middle, family, suffix)
			.filter(Objects::nonNull)
			.filter(s -> !s.isBlank())
			.collect(Collectors.joining(" "));
	}
}
