package red.cardinal.card;

import org.springframework.data.relational.core.mapping.Table;

/** A phone number in E.164; type is cell, work, home or fax. */
@Table("card_phones")
public record Phone(String type, String number, boolean whatsapp) {
}
