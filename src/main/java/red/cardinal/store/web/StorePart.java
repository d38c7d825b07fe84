package red.cardinal.store.web;

import java.util.List;

/** The open store on a card's page: its listed products and their categories. */
public record StorePart(String slug, List<ProductEntry> products, List<String> categories, String currency) {
}
