package red.cardinal.store.web;

import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import red.cardinal.card.Card;
import red.cardinal.media.MediaItem;
import red.cardinal.media.MediaManagement;
import red.cardinal.shared.Money;
import red.cardinal.store.Product;
import red.cardinal.store.ProductDetails;
import red.cardinal.web.Ui;

/** Products as visitors see them: prices in the store's currency, written the visitor's way. */
@Component
class ProductEntries {

	private final MediaManagement media;

	ProductEntries(MediaManagement media) {
		this.media = media;
	}

	List<ProductEntry> of(Card card, List<Product> products, String currencyCode, Ui ui) {
		var uploads = media.find(card.getOwnerId(), products.stream().flatMap(p -> p.getImageIds().stream()).toList());
		return products.stream().map(p -> of(card, p, currencyCode, ui, uploads)).toList();
	}

	ProductEntry of(Card card, Product product, String currencyCode, Ui ui) {
		return of(card, product, currencyCode, ui, media.find(card.getOwnerId(), product.getImageIds()));
	}

	private ProductEntry of(Card card, Product product, String currencyCode, Ui ui, Map<Long, MediaItem> uploads) {
		Currency currency = Currency.getInstance(currencyCode);
		ProductDetails d = product.details();
		List<String> images = product.getImageIds().stream().map(uploads::get).filter(Objects::nonNull)
			.map(m -> m.url(640)).toList();
		var options = d.options().stream().map(o -> new ProductEntry.OptionEntry(o.name(), o.values().stream()
			.map(v -> new ProductEntry.ValueEntry(v.label(), v.priceDeltaMinor() == 0 ? null
					: (v.priceDeltaMinor() > 0 ? "+" : "−") + new Money(Math.abs(v.priceDeltaMinor()), currency).format(ui.locale()),
					v.priceDeltaMinor()))
			.toList())).toList();
		return new ProductEntry(d.slug(), d.name(), d.description(),
				new Money(d.priceMinor(), currency).format(ui.locale()),
				d.compareAtMinor() == null || d.compareAtMinor() <= d.priceMinor() ? null
						: new Money(d.compareAtMinor(), currency).format(ui.locale()),
				d.category(), images.isEmpty() ? null : images.get(0), images, !product.orderable(),
				"/" + card.getSlug() + "/p/" + d.slug(), options, d.priceMinor());
	}
}
