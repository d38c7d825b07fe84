package red.cardinal.card;

import org.springframework.data.relational.core.mapping.Table;

/** A postal address; type is work, home or other. */
@Table("card_addresses")
public record Address(String type, String street, String locality, String region, String postalCode, String country) {
}
