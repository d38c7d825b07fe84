package red.cardinal.card;

import java.util.List;

import red.cardinal.design.Design;

/**
 * Everything an owner edits on a card, as the editor and the JSON API send it. Lists keep their
 * order. {@link CardValidation} checks and normalises it before anything is stored. A null
 * {@code design}, {@code store} or {@code booking} on an update keeps the card's current one.
 */
public record CardDetails(String slug, boolean published, PersonName name, String jobTitle, String organization,
		String bio, List<Phone> phones, List<Email> emails, List<Website> websites, List<Address> addresses,
		List<Link> links, List<Service> services, List<GalleryItem> gallery, Design design, StoreSettings store,
		BookingSettings booking) {

	public CardDetails {
		name = name == null ? PersonName.EMPTY : name;
		phones = phones == null ? List.of() : phones;
		emails = emails == null ? List.of() : emails;
		websites = websites == null ? List.of() : websites;
		addresses = addresses == null ? List.of() : addresses;
		links = links == null ? List.of() : links;
		services = services == null ? List.of() : services;
		gallery = gallery == null ? List.of() : gallery;
	}

	/** The details without booking settings (an update keeps the card's own). */
	public CardDetails(String slug, boolean published, PersonName name, String jobTitle, String organization,
			String bio, List<Phone> phones, List<Email> emails, List<Website> websites, List<Address> addresses,
			List<Link> links, List<Service> services, List<GalleryItem> gallery, Design design, StoreSettings store) {
		this(slug, published, name, jobTitle, organization, bio, phones, emails, websites, addresses, links, services,
				gallery, design, store, null);
	}

	/** The details without store settings (an update keeps the card's own). */
	public CardDetails(String slug, boolean published, PersonName name, String jobTitle, String organization,
			String bio, List<Phone> phones, List<Email> emails, List<Website> websites, List<Address> addresses,
			List<Link> links, List<Service> services, List<GalleryItem> gallery, Design design) {
		this(slug, published, name, jobTitle, organization, bio, phones, emails, websites, addresses, links, services,
				gallery, design, null, null);
	}

	/** The details without a design (an update keeps the card's own). */
	public CardDetails(String slug, boolean published, PersonName name, String jobTitle, String organization,
			String bio, List<Phone> phones, List<Email> emails, List<Website> websites, List<Address> addresses,
			List<Link> links, List<Service> services, List<GalleryItem> gallery) {
		this(slug, published, name, jobTitle, organization, bio, phones, emails, websites, addresses, links, services,
				gallery, null, null, null);
	}

	/** The details without a gallery, as older callers build them. */
	public CardDetails(String slug, boolean published, PersonName name, String jobTitle, String organization,
			String bio, List<Phone> phones, List<Email> emails, List<Website> websites, List<Address> addresses,
			List<Link> links, List<Service> services) {
		this(slug, published, name, jobTitle, organization, bio, phones, emails, websites, addresses, links, services,
				null, null, null, null);
	}

	public static CardDetails of(Card card) {
		return new CardDetails(card.getSlug(), card.isPublished(), card.getName(), card.getJobTitle(),
				card.getOrganization(), card.getBio(), card.getPhones(), card.getEmails(), card.getWebsites(),
				card.getAddresses(), card.getLinks(), card.getServices(), card.getGallery(), card.getDesign(), card.getStore(), card.getBooking());
	}
}
