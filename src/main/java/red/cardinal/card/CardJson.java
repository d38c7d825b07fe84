package red.cardinal.card;

import java.time.Instant;
import java.util.List;

import red.cardinal.design.Design;
import red.cardinal.design.ContrastWarning;


/** A card as the JSON API returns it; ids are strings. */
public record CardJson(String id, String slug, String url, boolean published, PersonName name, String jobTitle,
		String organization, String bio, String photoUrl, List<Phone> phones, List<Email> emails,
		List<Website> websites, List<Address> addresses, List<LinkJson> links, List<Service> services,
		List<GalleryJson> gallery, Design design, List<ContrastWarning> designWarnings, StoreSettings store,
		BookingSettings booking, Instant createdAt,
		Instant updatedAt) {

	public record GalleryJson(String type, String mediaId, String videoUrl, String caption, String alt) {
	}

	public record LinkJson(String url, String label, String network) {
	}

	public static CardJson of(Card card, String url, String photoUrl) {
		return new CardJson(card.getId().toString(), card.getSlug(), url, card.isPublished(), card.getName(),
				card.getJobTitle(), card.getOrganization(), card.getBio(), photoUrl, card.getPhones(),
				card.getEmails(), card.getWebsites(), card.getAddresses(),
				card.getLinks().stream().map(l -> new LinkJson(l.url(), l.label(), l.network().id())).toList(),
				card.getServices(),
				card.getGallery().stream().map(g -> new GalleryJson(g.type(), g.mediaId() == null ? null
						: g.mediaId().toString(), g.videoUrl(), g.caption(), g.alt())).toList(),
				card.getDesign(), card.getDesign().contrastWarnings(), card.getStore(), card.getBooking(), card.getCreatedAt(), card.getUpdatedAt());
	}
}
