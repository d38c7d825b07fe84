package red.cardinal.leads;

import java.time.Instant;
import java.util.List;

/**
 * Details a visitor shared from a card, as they typed them (checked: single lines, no control
 * characters), the consent text they agreed to, and how the owner works the lead: its status
 * ({@code new}, {@code contacted}, {@code closed}), tags and the owner's own notes.
 */
public record Lead(long id, long cardId, String name, String email, String phone, String company, String jobTitle,
		String note, String consentText, String status, List<String> tags, String ownerNote, Instant createdAt) {

	public static final List<String> STATUSES = List.of("new", "contacted", "closed");

	public Lead {
		tags = tags == null ? List.of() : List.copyOf(tags);
	}

	/** A name to show: the name, or else the email, or else the company. */
	public String title() {
		return name != null ? name : email != null ? email : company != null ? company : "#" + id;
	}
}
