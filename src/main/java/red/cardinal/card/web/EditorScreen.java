package red.cardinal.card.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The card editor's screens, each small enough to see at once: the overview, and one per part of
 * the card. A screen's form holds only its own fields; saving it keeps every other part as saved
 * ({@link #merge}). {@link #WHOLE} is the whole card in one form, for clients that post everything.
 */
public enum EditorScreen {

	OVERVIEW("overview", Set.of()),
	PROFILE("profile", Set.of("slug", "name", "jobTitle", "organization", "bio")),
	CONTACT("contact", Set.of("phoneCountry", "phones", "emails", "websites", "addresses")),
	LINKS("links", Set.of("links")),
	SERVICES("services", Set.of("services")),
	DESIGN("design", Set.of("design")),
	WHOLE("whole", Set.of("slug", "name", "jobTitle", "organization", "bio", "phoneCountry", "phones", "emails",
			"websites", "addresses", "links", "services", "design"));

	/** The screens with their own page, in the order of the first-card guide. */
	public static final List<EditorScreen> PARTS = List.of(PROFILE, CONTACT, LINKS, SERVICES, DESIGN);

	private final String id;

	private final Set<String> parts;

	EditorScreen(String id, Set<String> parts) {
		this.id = id;
		this.parts = parts;
	}

	public String id() {
		return id;
	}

	public String titleKey() {
		return "editor.screen." + id;
	}

	/** Whether this screen shows a part of the card: {@code phones}, {@code design}… */
	public boolean shows(String part) {
		return parts.contains(part);
	}

	/** Where this screen is, for a card. */
	public String path(long cardId) {
		return this == OVERVIEW || this == WHOLE ? "/dashboard/cards/" + cardId : "/dashboard/cards/" + cardId + "/" + id;
	}

	/** The screen after this one in the guide, or none after the last. */
	public Optional<EditorScreen> next() {
		int i = PARTS.indexOf(this);
		return i >= 0 && i + 1 < PARTS.size() ? Optional.of(PARTS.get(i + 1)) : Optional.empty();
	}

	/** A screen by its id in a path or a form; an unknown or missing one is the whole card. */
	public static EditorScreen of(String id) {
		for (EditorScreen s : values()) {
			if (s.id.equals(id)) {
				return s;
			}
		}
		return WHOLE;
	}

	/** A part screen by its id in a path, or none. */
	public static Optional<EditorScreen> part(String id) {
		return PARTS.stream().filter(s -> s.id.equals(id)).findFirst();
	}

	/** The screen where a field is ({@code phones[1].number} → contact), for a problem named elsewhere. */
	public static EditorScreen holding(String field) {
		String part = field.split("[.\\[]", 2)[0];
		return PARTS.stream().filter(s -> s.shows(part)).findFirst().orElse(PROFILE);
	}

	/**
	 * The whole card to save or preview: this screen's parts as {@code submitted}, every other part as
	 * {@code saved}. The form's version, base and publishing come from {@code submitted}.
	 */
	CardForm merge(CardForm submitted, CardForm saved) {
		if (this == WHOLE) {
			return submitted;
		}
		CardForm f = saved;
		if (shows("slug")) {
			f.setSlug(submitted.getSlug());
			f.setName(submitted.getName());
			f.setJobTitle(submitted.getJobTitle());
			f.setOrganization(submitted.getOrganization());
			f.setBio(submitted.getBio());
		}
		if (shows("phones")) {
			f.setPhoneCountry(submitted.getPhoneCountry());
			f.setPhones(submitted.getPhones());
			f.setEmails(submitted.getEmails());
			f.setWebsites(submitted.getWebsites());
			f.setAddresses(submitted.getAddresses());
		}
		if (shows("links")) {
			f.setLinks(submitted.getLinks());
		}
		if (shows("services")) {
			f.setServices(submitted.getServices());
		}
		if (shows("design")) {
			f.setDesign(submitted.getDesign());
		}
		f.setVersion(submitted.getVersion());
		f.setBase(submitted.getBase());
		return f;
	}
}
