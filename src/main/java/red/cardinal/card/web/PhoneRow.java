package red.cardinal.card.web;

/** A phone row in the editor. */
public class PhoneRow implements Row {

	String type;
	String number;
	boolean whatsapp;

	public PhoneRow() {
	}

	PhoneRow(String type, String number, boolean whatsapp) {
		this.type = type;
		this.number = number;
		this.whatsapp = whatsapp;
	}

	@Override
	public boolean blank() {
		return CardForm.blank(number);
	}

	public String getType() { return type; }
	public void setType(String type) { this.type = type; }
	public String getNumber() { return number; }
	public void setNumber(String number) { this.number = number; }
	public boolean isWhatsapp() { return whatsapp; }
	public void setWhatsapp(boolean whatsapp) { this.whatsapp = whatsapp; }
}
