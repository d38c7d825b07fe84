package red.cardinal.card;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import red.cardinal.design.Design;

/**
 * A digital business card: the person, the aggregate root for their contact details, links and
 * services. Sections keep their own settings, keyed by the card's id.
 */
@Table("cards")
public class Card {

	@Id
	private Long id;

	@Version
	private Integer version;

	private long ownerId;

	private String slug;

	private boolean published;

	@Embedded.Empty
	private PersonName name = PersonName.EMPTY;

	private String jobTitle;

	private String organization;

	private String bio;

	private String photoKey;

	/** {@link Design#encode()}d; null until the owner first changes the design. */
	@Column("design")
	private String designLine;

	private Long coverMediaId;

	/** Moves on when a section's settings of this card change (see {@link CardManagement#sectionChanged}). */
	@ReadOnlyProperty
	private long sectionsVersion;

	private Instant createdAt;

	private Instant updatedAt;

	@MappedCollection(idColumn = "card_id", keyColumn = "position")
	private List<Phone> phones = new ArrayList<>();

	@MappedCollection(idColumn = "card_id", keyColumn = "position")
	private List<Email> emails = new ArrayList<>();

	@MappedCollection(idColumn = "card_id", keyColumn = "position")
	private List<Website> websites = new ArrayList<>();

	@MappedCollection(idColumn = "card_id", keyColumn = "position")
	private List<Address> addresses = new ArrayList<>();

	@MappedCollection(idColumn = "card_id", keyColumn = "position")
	private List<Link> links = new ArrayList<>();

	@MappedCollection(idColumn = "card_id", keyColumn = "position")
	private List<Service> services = new ArrayList<>();

	Card() {
	}

	static Card create(long ownerId, CardDetails details, Instant now) {
		var card = new Card();
		card.ownerId = ownerId;
		card.createdAt = now;
		card.apply(details, now);
		return card;
	}

	/** Takes every field of already validated details. */
	void apply(CardDetails d, Instant now) {
		slug = d.slug();
		published = d.published();
		name = d.name();
		jobTitle = d.jobTitle();
		organization = d.organization();
		bio = d.bio();
		phones = new ArrayList<>(d.phones());
		emails = new ArrayList<>(d.emails());
		websites = new ArrayList<>(d.websites());
		addresses = new ArrayList<>(d.addresses());
		links = new ArrayList<>(d.links());
		services = new ArrayList<>(d.services());
		if (d.design() != null) {
			designLine = d.design().encode();
			coverMediaId = d.design().coverId();
		}
		updatedAt = now;
	}

	/** A copy with the details applied, never saved: what the editor's preview shows. */
	Card draft(CardDetails d, Instant now) {
		var copy = new Card();
		copy.id = id;
		copy.ownerId = ownerId;
		copy.photoKey = photoKey;
		copy.designLine = designLine;
		copy.coverMediaId = coverMediaId;
		copy.version = version;
		copy.sectionsVersion = sectionsVersion;
		copy.createdAt = createdAt;
		copy.apply(d, now);
		return copy;
	}

	void photo(String key, Instant now) {
		photoKey = key;
		updatedAt = now;
	}

	/** The name to show: the person's, or else the organisation's. */
	public String displayName() {
		String full = name.full();
		return full.isEmpty() ? (organization == null ? slug : organization) : full;
	}

	public Long getId() {
		return id;
	}

	public long getOwnerId() {
		return ownerId;
	}

	public String getSlug() {
		return slug;
	}

	public boolean isPublished() {
		return published;
	}

	public PersonName getName() {
		return name;
	}

	public String getJobTitle() {
		return jobTitle;
	}

	public String getOrganization() {
		return organization;
	}

	public String getBio() {
		return bio;
	}

	public String getPhotoKey() {
		return photoKey;
	}

	public Design getDesign() {
		return Design.decode(designLine, coverMediaId);
	}

	/**
	 * This version of the card and its sections' settings, as an entity tag: what {@code If-Match}
	 * and the editor's form send back so that no edit silently overwrites another.
	 */
	public String versionTag() {
		return (version == null ? 0 : version) + "." + sectionsVersion;
	}

	/** How often a section's settings of this card changed (see {@link #versionTag()}). */
	public long getSectionsVersion() {
		return sectionsVersion;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public List<Phone> getPhones() {
		return List.copyOf(phones);
	}

	public List<Email> getEmails() {
		return List.copyOf(emails);
	}

	public List<Website> getWebsites() {
		return List.copyOf(websites);
	}

	public List<Address> getAddresses() {
		return List.copyOf(addresses);
	}

	public List<Link> getLinks() {
		return List.copyOf(links);
	}

	public List<Service> getServices() {
		return List.copyOf(services);
	}
}
