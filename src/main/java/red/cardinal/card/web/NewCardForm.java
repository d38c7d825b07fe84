package red.cardinal.card.web;

/** The few fields that start a card; the editor takes care of the rest. */
public class NewCardForm {

	private String given;
	private String family;
	private String organization;
	private String slug;

	public String getGiven() { return given; }
	public void setGiven(String given) { this.given = given; }
	public String getFamily() { return family; }
	public void setFamily(String family) { this.family = family; }
	public String getOrganization() { return organization; }
	public void setOrganization(String organization) { this.organization = organization; }
	public String getSlug() { return slug; }
	public void setSlug(String slug) { this.slug = slug; }
}
