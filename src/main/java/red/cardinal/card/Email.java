package red.cardinal.card;

import org.springframework.data.relational.core.mapping.Table;

/** An email address; type is work, home or other. */
@Table("card_emails")
public record Email(String type, String address) {
}
