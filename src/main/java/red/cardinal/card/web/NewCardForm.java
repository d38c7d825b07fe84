package red.cardinal.card.web;

/** The few fields that start a card; the editor takes care of the rest. */
public class NewCardForm {

	private NameRow name = new NameRow();
	private String organization;
	private String slug;

	public NameRow getName() { return name; }
	public void setName(NameRow name) { this.name = name; }
	public String getOrganization() { return organization; }
	public void setOrganization(String organization) { this.organization = organization; }
	public String getSlug() { return slug; }
	public void setSlug(String slug) { this.slug = slug; }
}
