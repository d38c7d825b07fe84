package red.cardinal.card;

import java.util.List;

import red.cardinal.design.Design;

/**
 * The person on a card, as the editor and the JSON API send it: identity, name, work, bio and
 * contact details. Lists keep their order. {@link CardValidation} checks and normalises it before
 * anything is stored. A null {@code design} on an update keeps the card's current one. Sections
 * (gallery, store, booking…) are not here: each keeps its own settings (see {@link CardSection}).
 * Build one with {@link #builder()} or change one with {@link #toBuilder()}.
 */
public record CardDetails(String slug, boolean published, PersonName name, String jobTitle, String organization,
		String bio, List<Phone> phones, List<Email> emails, List<Website> websites, List<Address> addresses,
		List<Link> links, List<Service> services, Design design) {

	public CardDetails {
		name = name == null ? PersonName.EMPTY : name;
		phones = phones == null ? List.of() : phones;
		emails = emails == null ? List.of() : emails;
		websites = websites == null ? List.of() : websites;
		addresses = addresses == null ? List.of() : addresses;
		links = links == null ? List.of() : links;
		services = services == null ? List.of() : services;
	}

	public static CardDetails of(Card card) {
		return new CardDetails(card.getSlug(), card.isPublished(), card.getName(), card.getJobTitle(),
				card.getOrganization(), card.getBio(), card.getPhones(), card.getEmails(), card.getWebsites(),
				card.getAddresses(), card.getLinks(), card.getServices(), card.getDesign());
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		return new Builder().slug(slug).published(published).name(name).jobTitle(jobTitle).organization(organization)
			.bio(bio).phones(phones).emails(emails).websites(websites).addresses(addresses).links(links)
			.services(services).design(design);
	}

	/** Details field by field; what is not set is empty (or, for the design, kept). */
	public static final class Builder {

		private String slug;
		private boolean published;
		private PersonName name;
		private String jobTitle;
		private String organization;
		private String bio;
		private List<Phone> phones;
		private List<Email> emails;
		private List<Website> websites;
		private List<Address> addresses;
		private List<Link> links;
		private List<Service> services;
		private Design design;

		private Builder() {
		}

		public Builder slug(String slug) { this.slug = slug; return this; }
		public Builder published(boolean published) { this.published = published; return this; }
		public Builder name(PersonName name) { this.name = name; return this; }
		public Builder name(String given, String family) { return name(new PersonName(null, given, null, family, null)); }
		public Builder jobTitle(String jobTitle) { this.jobTitle = jobTitle; return this; }
		public Builder organization(String organization) { this.organization = organization; return this; }
		public Builder bio(String bio) { this.bio = bio; return this; }
		public Builder phones(List<Phone> phones) { this.phones = phones; return this; }
		public Builder phones(Phone... phones) { return phones(List.of(phones)); }
		public Builder emails(List<Email> emails) { this.emails = emails; return this; }
		public Builder emails(Email... emails) { return emails(List.of(emails)); }
		public Builder websites(List<Website> websites) { this.websites = websites; return this; }
		public Builder websites(Website... websites) { return websites(List.of(websites)); }
		public Builder addresses(List<Address> addresses) { this.addresses = addresses; return this; }
		public Builder addresses(Address... addresses) { return addresses(List.of(addresses)); }
		public Builder links(List<Link> links) { this.links = links; return this; }
		public Builder links(Link... links) { return links(List.of(links)); }
		public Builder services(List<Service> services) { this.services = services; return this; }
		public Builder services(Service... services) { return services(List.of(services)); }
		public Builder design(Design design) { this.design = design; return this; }

		public CardDetails build() {
			return new CardDetails(slug, published, name, jobTitle, organization, bio, phones, emails, websites,
					addresses, links, services, design);
		}
	}
}
