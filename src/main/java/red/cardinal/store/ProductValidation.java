package red.cardinal.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.Slug;
import red.cardinal.shared.TextInput;
import red.cardinal.shared.Violation;

/**
 * Checks and normalises {@link ProductDetails}: trims, blanks to nulls, refuses control characters,
 * negative prices and unknown availability; every problem at once, named by its JSON path.
 */
final class ProductValidation {

	static final long MAX_PRICE = 1_000_000_000_000L;

	private final List<Violation> violations = new ArrayList<>();

	private ProductValidation() {
	}

	static ProductDetails validate(ProductDetails d, Set<Long> ownMedia) {
		var v = new ProductValidation();
		ProductDetails valid = v.check(d, ownMedia);
		if (!v.violations.isEmpty()) {
			throw new InvalidInputException(v.violations);
		}
		return valid;
	}

	private ProductDetails check(ProductDetails d, Set<Long> ownMedia) {
		String name = line("name", d.name(), 150);
		if (name == null) {
			violations.add(Violation.of("name", "product.name.required"));
		}
		String slug = d.slug() == null || d.slug().isBlank() ? Slug.slugify(name == null ? "product" : name)
				: d.slug().strip().toLowerCase(Locale.ROOT);
		slug = slug.isEmpty() ? "item" : slug;
		slug = slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
		if (slug.isEmpty() || !slug.matches("[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?")) {
			violations.add(Violation.of("slug", "product.slug.invalid"));
		}
		price("priceMinor", d.priceMinor());
		if (d.compareAtMinor() != null) {
			price("compareAtMinor", d.compareAtMinor());
		}
		String available = d.available() == null || d.available().isBlank() ? ProductDetails.IN_STOCK
				: d.available().strip().toLowerCase(Locale.ROOT);
		if (!ProductDetails.AVAILABILITY.contains(available)) {
			violations.add(Violation.of("available", "product.available.unknown"));
		}
		var images = new ArrayList<String>();
		for (int i = 0; i < d.imageMediaIds().size(); i++) {
			String id = d.imageMediaIds().get(i) == null ? "" : d.imageMediaIds().get(i).strip();
			if (!id.matches("\\d{1,18}") || !ownMedia.contains(Long.valueOf(id))) {
				violations.add(Violation.of("imageMediaIds[" + i + "]", "product.image.unknown"));
			}
			else {
				images.add(id);
			}
		}
		if (images.size() > 10) {
			violations.add(Violation.of("imageMediaIds", "product.images.tooMany", 10));
		}
		return new ProductDetails(slug, name, text("description", d.description(), 2000), d.priceMinor(), null,
				d.compareAtMinor(), line("category", d.category(), 60), available, images, options(d.options()));
	}

	private List<ProductDetails.Option> options(List<ProductDetails.Option> options) {
		if (options.size() > 5) {
			violations.add(Violation.of("options", "product.options.tooMany", 5));
		}
		var result = new ArrayList<ProductDetails.Option>();
		var names = new HashSet<String>();
		for (int i = 0; i < options.size(); i++) {
			var o = options.get(i);
			String at = "options[" + i + "]";
			String name = o == null ? null : line(at + ".name", o.name(), 60);
			if (name == null) {
				violations.add(Violation.of(at + ".name", "product.option.name.required"));
				continue;
			}
			if (!names.add(name.toLowerCase(Locale.ROOT))) {
				violations.add(Violation.of(at + ".name", "product.option.twice"));
			}
			if (o.values().isEmpty() || o.values().size() > 30) {
				violations.add(Violation.of(at + ".values", "product.option.values", 30));
			}
			var values = new ArrayList<ProductDetails.Value>();
			var labels = new HashSet<String>();
			for (int j = 0; j < o.values().size(); j++) {
				var value = o.values().get(j);
				String label = value == null ? null : line(at + ".values[" + j + "].label", value.label(), 60);
				if (label == null) {
					violations.add(Violation.of(at + ".values[" + j + "].label", "product.option.label.required"));
					continue;
				}
				if (!labels.add(label)) {
					violations.add(Violation.of(at + ".values[" + j + "].label", "product.option.twice"));
				}
				if (Math.abs(value.priceDeltaMinor()) > MAX_PRICE) {
					violations.add(Violation.of(at + ".values[" + j + "].priceDeltaMinor", "product.price.invalid"));
				}
				values.add(new ProductDetails.Value(label, value.priceDeltaMinor()));
			}
			result.add(new ProductDetails.Option(name, values));
		}
		return result;
	}

	private void price(String field, long minor) {
		if (minor < 0 || minor > MAX_PRICE) {
			violations.add(Violation.of(field, "product.price.invalid"));
		}
	}

	private String line(String field, String value, int max) {
		return TextInput.line(field, value, max, violations);
	}

	private String text(String field, String value, int max) {
		return TextInput.text(field, value, max, violations);
	}
}
