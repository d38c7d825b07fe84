package red.cardinal.card;

import org.springframework.data.relational.core.mapping.Table;

/** A service the owner offers; the price is free text. */
@Table("card_services")
public record Service(String title, String description, String price) {
}
