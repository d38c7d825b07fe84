package red.cardinal.store.web;

import java.util.List;

/** The catalog editor: the card's products in order, and the form of the one being edited (or null). */
public record CatalogPage(long cardId, String cardName, String currency, boolean open, List<Row> products,
		ProductForm form, Long editing, List<red.cardinal.web.MediaChoice> media, String notice) {

	public record Row(long id, String name, String price, String available, String href) {
	}

	public String base() {
		return "/dashboard/cards/" + cardId + "/products";
	}

	public String formAction() {
		return editing == null ? base() : base() + "/" + editing;
	}
}
