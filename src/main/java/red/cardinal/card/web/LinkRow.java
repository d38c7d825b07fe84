package red.cardinal.card.web;

/** A link row in the editor. */
public class LinkRow implements Row {

	String url;
	String label;

	public LinkRow() {
	}

	LinkRow(String url, String label) {
		this.url = url;
		this.label = label;
	}

	@Override
	public boolean blank() {
		return CardForm.blank(url, label);
	}

	public String getUrl() { return url; }
	public void setUrl(String url) { this.url = url; }
	public String getLabel() { return label; }
	public void setLabel(String label) { this.label = label; }
}
