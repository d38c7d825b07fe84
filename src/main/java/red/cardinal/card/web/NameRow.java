package red.cardinal.card.web;

import red.cardinal.card.NameOrder;
import red.cardinal.card.PersonName;

/** A person's name in the editor. */
public class NameRow {

	String prefix;
	String given;
	String middle;
	String family;
	String suffix;
	String order;

	public NameRow() {
	}

	NameRow(String prefix, String given, String middle, String family, String suffix, String order) {
		this.order = order;
		this.prefix = prefix;
		this.given = given;
		this.middle = middle;
		this.family = family;
		this.suffix = suffix;
	}

	PersonName toName() {
		NameOrder said;
		try {
			said = NameOrder.of(order);
		}
		catch (IllegalArgumentException e) {
			said = NameOrder.AUTO;
		}
		return new PersonName(prefix, given, middle, family, suffix, said);
	}

	public String getPrefix() { return prefix; }
	public void setPrefix(String prefix) { this.prefix = prefix; }
	public String getGiven() { return given; }
	public void setGiven(String given) { this.given = given; }
	public String getMiddle() { return middle; }
	public void setMiddle(String middle) { this.middle = middle; }
	public String getFamily() { return family; }
	public void setFamily(String family) { this.family = family; }
	/** The order the name is said in: {@code auto}, {@code givenFirst} or {@code familyFirst}. */
	public String getOrder() { return order; }
	public void setOrder(String order) { this.order = order; }
	public String getSuffix() { return suffix; }
	public void setSuffix(String suffix) { this.suffix = suffix; }
}
