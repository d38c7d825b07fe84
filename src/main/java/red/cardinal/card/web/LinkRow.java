package red.cardinal.card.web;

import red.cardinal.card.SocialNetwork;

/** A link row in the editor. */
public class LinkRow implements Row {

	String url;
	String label;
	String network;

	public LinkRow() {
	}

	LinkRow(String url, String label) {
		this.url = url;
		this.label = label;
	}

	/** The link's address: a username made into its network's profile URL, anything else as typed. */
	String address() {
		if (url == null || network == null || url.contains("/") || url.contains(":")) {
			return url;
		}
		return SocialNetwork.withHandles().stream()
			.filter(n -> n.id().equals(network))
			.findFirst()
			.flatMap(n -> n.profile(url))
			.orElse(url);
	}

	@Override
	public boolean blank() {
		return CardForm.blank(url, label);
	}

	public String getUrl() { return url; }
	public void setUrl(String url) { this.url = url; }
	/** The network a bare username ({@code @ana}) is on, by its id; null for a whole address. */
	public String getNetwork() { return network; }
	public void setNetwork(String network) { this.network = network; }
	public String getLabel() { return label; }
	public void setLabel(String label) { this.label = label; }
}
