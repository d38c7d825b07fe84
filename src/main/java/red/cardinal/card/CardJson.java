package red.cardinal.card;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;

import red.cardinal.design.ContrastWarning;
import red.cardinal.design.Design;

/**
 * A card as the JSON API returns it; ids are strings. Each section's settings follow under the
 * section's name ({@code gallery}, {@code store}, {@code booking}), as they always have.
 */
public record CardJson(String id, String slug, String url, boolean published, PersonName name, String jobTitle,
		String organization, String bio, String photoUrl, List<Phone> phones, List<Email> emails,
		List<Website> websites, List<Address> addresses, List<LinkJson> links, List<Service> services,
		Design design, List<ContrastWarning> designWarnings, Instant createdAt, Instant updatedAt,
		@JsonAnyGetter Map<String, Object> sections) {

	public record LinkJson(String url, String label, String network) {
	}

	public static CardJson of(Card card, String url, String photoUrl, Map<String, Object> sections) {
		return new CardJson(card.getId().toString(), card.getSlug(), url, card.isPublished(), card.getName(),
				card.getJobTitle(), card.getOrganization(), card.getBio(), photoUrl, card.getPhones(),
				card.getEmails(), card.getWebsites(), card.getAddresses(),
				card.getLinks().stream().map(l -> new LinkJson(l.url(), l.label(), l.network().id())).toList(),
				card.getServices(), card.getDesign(), card.getDesign().contrastWarnings(), card.getCreatedAt(),
				card.getUpdatedAt(), sections);
	}
}
