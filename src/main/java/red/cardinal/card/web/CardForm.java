package red.cardinal.card.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.context.i18n.LocaleContextHolder;

import red.cardinal.card.Address;
import red.cardinal.card.Card;
import red.cardinal.card.CardDetails;
import red.cardinal.card.Email;
import red.cardinal.card.Link;
import red.cardinal.card.PersonName;
import red.cardinal.card.Phone;
import red.cardinal.card.Service;
import red.cardinal.card.Website;
import red.cardinal.design.Design;
import red.cardinal.shared.Countries;
import red.cardinal.shared.PhoneNumber;

/**
 * The editor's form, bound from request parameters named like the JSON fields
 * ({@code name.given}, {@code phones[0].number}), so errors from validation land next to the
 * field that caused them. Rows left entirely blank are dropped before validation.
 */
public class CardForm {

	private String slug;
	private boolean published;
	private NameRow name = new NameRow();
	private String jobTitle;
	private String organization;
	private String bio;
	private String phoneCountry;
	private List<PhoneRow> phones = new ArrayList<>();
	private List<EmailRow> emails = new ArrayList<>();
	private List<WebsiteRow> websites = new ArrayList<>();
	private List<AddressRow> addresses = new ArrayList<>();
	private List<LinkRow> links = new ArrayList<>();
	private List<ServiceRow> services = new ArrayList<>();
	private DesignRow design = DesignRow.of(Design.DEFAULT);
	private String version;
	private String base;

	/**
	 * The form for these details; numbers without {@code +} will be read in the country of the first
	 * number, else of the first address that names one, else {@code localeCountry} (may be null).
	 */
	static CardForm of(CardDetails d, String localeCountry) {
		var form = new CardForm();
		form.phoneCountry = d.phones().stream()
			.map(p -> phoneRegion(p.number()))
			.flatMap(Optional::stream)
			.findFirst()
			.or(() -> d.addresses().stream().map(a -> Countries.code(a.country())).flatMap(Optional::stream).findFirst())
			.orElse(localeCountry);
		form.slug = d.slug();
		form.published = d.published();
		PersonName n = d.name();
		form.name = new NameRow(n.prefix(), n.given(), n.middle(), n.family(), n.suffix(), n.order().id());
		form.jobTitle = d.jobTitle();
		form.organization = d.organization();
		form.bio = d.bio();
		d.phones().forEach(p -> form.phones.add(new PhoneRow(p.type(), readable(p.number()), p.whatsapp())));
		d.emails().forEach(e -> form.emails.add(new EmailRow(e.type(), e.address())));
		d.websites().forEach(w -> form.websites.add(new WebsiteRow(w.label(), w.url())));
		d.addresses().forEach(a -> form.addresses.add(new AddressRow(a.type(), a.street(), a.locality(), a.region(),
				a.postalCode(), a.country())));
		d.links().forEach(l -> form.links.add(new LinkRow(l.url(), l.label())));
		d.services().forEach(s -> form.services.add(new ServiceRow(s.title(), s.description(), s.price())));
		form.design = DesignRow.of(d.design() == null ? Design.DEFAULT : d.design());
		return form;
	}

	/** The card's saved details as the form shows them, at the card's version. */
	static CardForm saved(Card card) {
		String country = LocaleContextHolder.getLocale().getCountry();
		CardForm form = of(CardDetails.of(card), country.isEmpty() ? null : country);
		form.version = card.versionTag();
		form.base = Fingerprints.of(card);
		return form;
	}

	CardDetails toDetails() {
		return new CardDetails(slug, published, name.toName(), jobTitle, organization, bio,
				rows(phones, r -> new Phone(r.type, inCountry(r.number), r.whatsapp)),
				rows(emails, r -> new Email(r.type, r.address)),
				rows(websites, r -> new Website(r.label, r.url)),
				rows(addresses, r -> new Address(r.type, r.street, r.locality, r.region, r.postalCode, r.country)),
				rows(links, r -> new Link(r.address(), r.label)),
				rows(services, r -> new Service(r.title, r.description, r.price)), design.toDesign());
	}

	/**
	 * Applies a list action from a button ({@code add:phones}, {@code remove:links:2}, {@code up:services:1}),
	 * or takes a proposed colour ({@code color:text:#4a4a4a}).
	 */
	void apply(String action) {
		String[] parts = action.split(":");
		if (parts.length < 2) {
			return;
		}
		if ("color".equals(parts[0])) {
			design.use(parts[1], parts.length > 2 ? parts[2] : null);
			return;
		}
		List<?> list = list(parts[1]);
		if (list == null) {
			return;
		}
		int i = parts.length > 2 && parts[2].matches("\\d{1,3}") ? Integer.parseInt(parts[2]) : -1;
		switch (parts[0]) {
			case "add" -> add(parts[1]);
			case "remove" -> {
				if (i >= 0 && i < list.size()) {
					list.remove(i);
				}
			}
			case "up" -> {
				if (i > 0 && i < list.size()) {
					Collections.swap(list, i, i - 1);
				}
			}
			case "down" -> {
				if (i >= 0 && i < list.size() - 1) {
					Collections.swap(list, i, i + 1);
				}
			}
			default -> {
			}
		}
	}

	/** An empty phone, email and link list shows one blank row to type into (blank rows are not saved). */
	void offerFirstRows() {
		for (String list : List.of("phones", "emails", "links")) {
			if (list(list).isEmpty()) {
				add(list);
			}
		}
	}

	private void add(String listName) {
		switch (listName) {
			case "phones" -> phones.add(new PhoneRow("cell", null, false));
			case "emails" -> emails.add(new EmailRow("work", null));
			case "websites" -> websites.add(new WebsiteRow());
			case "addresses" -> addresses.add(new AddressRow("work", null, null, null, null, null));
			case "links" -> links.add(new LinkRow());
			case "services" -> services.add(new ServiceRow());
			default -> {
			}
		}
	}

	private List<?> list(String listName) {
		return switch (listName) {
			case "phones" -> phones;
			case "emails" -> emails;
			case "websites" -> websites;
			case "addresses" -> addresses;
			case "links" -> links;
			case "services" -> services;
			case "sections" -> design.getSections();
			default -> null;
		};
	}

	/** A number typed without {@code +}, in E.164 when it is one in the form's country; else as typed, for validation to name. */
	private String inCountry(String number) {
		if (number == null || number.isBlank() || number.strip().startsWith("+") || phoneCountry == null) {
			return number;
		}
		try {
			return PhoneNumber.parse(number, phoneCountry).e164();
		}
		catch (IllegalArgumentException e) {
			return number;
		}
	}

	private static Optional<String> phoneRegion(String e164) {
		try {
			return new PhoneNumber(e164).region();
		}
		catch (RuntimeException e) {
			return Optional.empty();
		}
	}

	private static String readable(String e164) {
		try {
			return new PhoneNumber(e164).international();
		}
		catch (RuntimeException e) {
			return e164;
		}
	}

	private static <R extends Row, T> List<T> rows(List<R> rows, java.util.function.Function<R, T> map) {
		return rows.stream().filter(r -> r != null && !r.blank()).map(map).toList();
	}

	public static boolean blank(String... values) {
		for (String v : values) {
			if (v != null && !v.isBlank()) {
				return false;
			}
		}
		return true;
	}

	// Getters and setters for data binding.

	public String getSlug() { return slug; }
	public void setSlug(String slug) { this.slug = slug; }
	public boolean isPublished() { return published; }
	public void setPublished(boolean published) { this.published = published; }
	public NameRow getName() { return name; }
	public void setName(NameRow name) { this.name = name; }
	public String getJobTitle() { return jobTitle; }
	public void setJobTitle(String jobTitle) { this.jobTitle = jobTitle; }
	public String getOrganization() { return organization; }
	public void setOrganization(String organization) { this.organization = organization; }
	public String getBio() { return bio; }
	public void setBio(String bio) { this.bio = bio; }
	/** The country (ISO code) numbers typed without {@code +} are in. */
	public String getPhoneCountry() { return phoneCountry; }
	public void setPhoneCountry(String phoneCountry) { this.phoneCountry = phoneCountry; }
	public List<PhoneRow> getPhones() { return phones; }
	public void setPhones(List<PhoneRow> phones) { this.phones = phones; }
	public List<EmailRow> getEmails() { return emails; }
	public void setEmails(List<EmailRow> emails) { this.emails = emails; }
	public List<WebsiteRow> getWebsites() { return websites; }
	public void setWebsites(List<WebsiteRow> websites) { this.websites = websites; }
	public List<AddressRow> getAddresses() { return addresses; }
	public void setAddresses(List<AddressRow> addresses) { this.addresses = addresses; }
	public List<LinkRow> getLinks() { return links; }
	public void setLinks(List<LinkRow> links) { this.links = links; }
	public List<ServiceRow> getServices() { return services; }
	public void setServices(List<ServiceRow> services) { this.services = services; }
	public DesignRow getDesign() { return design; }
	public void setDesign(DesignRow design) { this.design = design; }
	/** The card's version the form was read at (see {@link red.cardinal.card.Card#versionTag()}). */
	public String getVersion() { return version; }
	public void setVersion(String version) { this.version = version; }
	/** What the card looked like when the form was read (see {@link Fingerprints}). */
	public String getBase() { return base; }
	public void setBase(String base) { this.base = base; }
}
