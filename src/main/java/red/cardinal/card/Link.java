package red.cardinal.card;

import org.springframework.data.relational.core.mapping.Table;

/** A social or custom link; the network is recognised from the URL. */
@Table("card_links")
public record Link(String url, String label) {

	public SocialNetwork network() {
		return SocialNetwork.of(url);
	}
}
