package red.cardinal.card.web;

/** A website row in the editor. */
public class WebsiteRow implements Row {

	String label;
	String url;

	public WebsiteRow() {
	}

	WebsiteRow(String label, String url) {
		this.label = label;
		this.url = url;
	}

	@Override
	public boolean blank() {
		return CardForm.blank(label, url);
	}

	public String getLabel() { return label; }
	public void setLabel(String label) { this.label = label; }
	public String getUrl() { return url; }
	public void setUrl(String url) { this.url = url; }
}
