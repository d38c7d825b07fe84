package red.cardinal.card.web;

/** A service row in the editor. */
public class ServiceRow implements Row {

	String title;
	String description;
	String price;

	public ServiceRow() {
	}

	ServiceRow(String title, String description, String price) {
		this.title = title;
		this.description = description;
		this.price = price;
	}

	@Override
	public boolean blank() {
		return CardForm.blank(title, description, price);
	}

	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public String getPrice() { return price; }
	public void setPrice(String price) { this.price = price; }
}
