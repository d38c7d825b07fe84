package red.cardinal.store.web;

import red.cardinal.design.Look;

/** One product's own page: the card it belongs to (name, slug, address, design), the product, and its address. */
public record ProductPage(String name, String slug, String canonicalUrl, Look look, ProductEntry product, String url) {
}
