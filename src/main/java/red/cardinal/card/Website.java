package red.cardinal.card;

import org.springframework.data.relational.core.mapping.Table;

/** A website with an optional label. */
@Table("card_websites")
public record Website(String label, String url) {
}
