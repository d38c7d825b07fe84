package red.cardinal.card.web;

/** An address row in the editor. */
public class AddressRow implements Row {

	String type;
	String street;
	String locality;
	String region;
	String postalCode;
	String country;

	public AddressRow() {
	}

	AddressRow(String type, String street, String locality, String region, String postalCode, String country) {
		this.type = type;
		this.street = street;
		this.locality = locality;
		this.region = region;
		this.postalCode = postalCode;
		this.country = country;
	}

	@Override
	public boolean blank() {
		return CardForm.blank(street, locality, region, postalCode, country);
	}

	public String getType() { return type; }
	public void setType(String type) { this.type = type; }
	public String getStreet() { return street; }
	public void setStreet(String street) { this.street = street; }
	public String getLocality() { return locality; }
	public void setLocality(String locality) { this.locality = locality; }
	public String getRegion() { return region; }
	public void setRegion(String region) { this.region = region; }
	public String getPostalCode() { return postalCode; }
	public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
	public String getCountry() { return country; }
	public void setCountry(String country) { this.country = country; }
}
