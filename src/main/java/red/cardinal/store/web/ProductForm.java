package red.cardinal.store.web;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import red.cardinal.shared.Money;
import red.cardinal.store.OptionsText;
import red.cardinal.store.ProductDetails;

/** The product editor's form: prices as decimals, options as text ({@link OptionsText}). */
public class ProductForm {

	private String slug;
	private String name;
	private String description;
	private String price;
	private String compareAt;
	private String category;
	private String available = ProductDetails.IN_STOCK;
	private List<String> images = new ArrayList<>();
	private String options;

	/** ISO 4217's "no currency", without decimals: prices of a store saved without one read in minor units. */
	static final Currency NO_CURRENCY = Currency.getInstance("XXX");

	/** The product's form in the store's currency, or in {@link #NO_CURRENCY} when it has none. */
	static ProductForm of(ProductDetails d, Currency storeCurrency) {
		Currency currency = storeCurrency == null ? NO_CURRENCY : storeCurrency;
		var form = new ProductForm();
		form.slug = d.slug();
		form.name = d.name();
		form.description = d.description();
		form.price = new Money(d.priceMinor(), currency).amount().toPlainString();
		form.compareAt = d.compareAtMinor() == null ? null : new Money(d.compareAtMinor(), currency).amount().toPlainString();
		form.category = d.category();
		form.available = d.available();
		form.images = new ArrayList<>(d.imageMediaIds());
		form.options = OptionsText.format(d.options(), currency, "\n");
		return form;
	}

	/** Null prices or options mean they could not be read; the controller says so next to the field. */
	Long priceMinor(Currency currency) {
		return Money.parseMinor(price, currency);
	}

	Long compareAtMinor(Currency currency) {
		return compareAt == null || compareAt.isBlank() ? null : Money.parseMinor(compareAt, currency);
	}

	List<ProductDetails.Option> options(Currency currency) {
		return OptionsText.parse(options, currency);
	}

	ProductDetails toDetails(long priceMinor, Long compareAtMinor, List<ProductDetails.Option> parsed) {
		return new ProductDetails(slug, name, description, priceMinor, null, compareAtMinor, category, available,
				images.stream().filter(i -> i != null && !i.isBlank()).toList(), parsed);
	}

	public String getSlug() { return slug; }
	public void setSlug(String slug) { this.slug = slug; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public String getPrice() { return price; }
	public void setPrice(String price) { this.price = price; }
	public String getCompareAt() { return compareAt; }
	public void setCompareAt(String compareAt) { this.compareAt = compareAt; }
	public String getCategory() { return category; }
	public void setCategory(String category) { this.category = category; }
	public String getAvailable() { return available; }
	public void setAvailable(String available) { this.available = available; }
	public List<String> getImages() { return images; }
	public void setImages(List<String> images) { this.images = images; }
	public String getOptions() { return options; }
	public void setOptions(String options) { this.options = options; }
}
