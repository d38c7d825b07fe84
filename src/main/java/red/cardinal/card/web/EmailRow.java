package red.cardinal.card.web;

/** An email row in the editor. */
public class EmailRow implements Row {

	String type;
	String address;

	public EmailRow() {
	}

	EmailRow(String type, String address) {
		this.type = type;
		this.address = address;
	}

	@Override
	public boolean blank() {
		return CardForm.blank(address);
	}

	public String getType() { return type; }
	public void setType(String type) { this.type = type; }
	public String getAddress() { return address; }
	public void setAddress(String address) { this.address = address; }
}
