package red.cardinal.store;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import red.cardinal.card.CardManagement;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.Csv;
import red.cardinal.shared.Money;
import red.cardinal.shared.Violation;

/**
 * A card's catalog as CSV: {@code slug,name,description,price,compare_at,category,available,options},
 * prices as decimals of the store's currency, options as in {@link OptionsText}. An import adds new
 * slugs and replaces existing ones, all or nothing; images stay as they are.
 */
@Service
public class CatalogCsv {

	static final List<String> HEADER = List.of("slug", "name", "description", "price", "compare_at", "category",
			"available", "options");

	private final Catalog catalog;
	private final CardManagement cards;
	private final Storefronts storefronts;

	CatalogCsv(Storefronts storefronts, Catalog catalog, CardManagement cards) {
		this.storefronts = storefronts;
		this.catalog = catalog;
		this.cards = cards;
	}

	@Transactional(readOnly = true)
	public String export(long ownerId, long cardId) {
		Currency currency = currency(ownerId, cardId);
		var csv = new StringBuilder(Csv.row(HEADER));
		for (Product p : catalog.list(ownerId, cardId)) {
			ProductDetails d = p.details();
			csv.append(Csv.row(java.util.Arrays.asList(d.slug(), d.name(), d.description(),
					new Money(d.priceMinor(), currency).amount().toPlainString(),
					d.compareAtMinor() == null ? "" : new Money(d.compareAtMinor(), currency).amount().toPlainString(),
					d.category(), d.available(), OptionsText.format(d.options(), currency, " | "))));
		}
		return csv.toString();
	}

	/**
	 * Adds or replaces the products of the CSV.
	 * @return how many products it added or replaced
	 * @throws InvalidInputException naming each bad cell as {@code lines[3].price}; nothing is changed then
	 */
	@Transactional
	public int importCsv(long ownerId, long cardId, String text) {
		Currency currency = currency(ownerId, cardId);
		var rows = Csv.parse(text);
		if (rows.isEmpty() || !rows.get(0).stream().map(String::strip).toList().equals(HEADER)) {
			throw new InvalidInputException(Violation.of("file", "product.csv.header"));
		}
		var existing = new java.util.HashMap<String, Long>();
		catalog.list(ownerId, cardId).forEach(p -> existing.put(p.getSlug(), p.getId()));
		var violations = new ArrayList<Violation>();
		int count = 0;
		for (int i = 1; i < rows.size(); i++) {
			String at = "lines[" + (i + 1) + "]";
			var row = new ArrayList<>(rows.get(i));
			while (row.size() < HEADER.size()) {
				row.add("");
			}
			Long price = Money.parseMinor(cell(row, 3), currency);
			Long compareAt = cell(row, 4).isEmpty() ? null : Money.parseMinor(cell(row, 4), currency);
			var options = OptionsText.parse(cell(row, 7), currency);
			if (price == null) {
				violations.add(Violation.of(at + ".price", "product.price.invalid"));
			}
			if (!cell(row, 4).isEmpty() && compareAt == null) {
				violations.add(Violation.of(at + ".compare_at", "product.price.invalid"));
			}
			if (options == null) {
				violations.add(OptionsText.refused(at + ".options", cell(row, 7)));
			}
			if (price == null || options == null || (!cell(row, 4).isEmpty() && compareAt == null)) {
				continue;
			}
			String slug = cell(row, 0);
			var details = new ProductDetails(slug, cell(row, 1), cell(row, 2), price, null, compareAt, cell(row, 5),
					cell(row, 6), null, options);
			try {
				Long id = existing.get(slug);
				if (id != null && id == 0L) {
					violations.add(Violation.of(at + ".slug", "product.slug.taken"));
					continue;
				}
				if (id != null) {
					var keep = catalog.get(ownerId, cardId, id).details().imageMediaIds();
					catalog.update(ownerId, cardId, id, new ProductDetails(slug, details.name(), details.description(),
							price, null, compareAt, details.category(), details.available(), keep, options));
				}
				else {
					existing.put(catalog.create(ownerId, cardId, details).getSlug(), 0L);
				}
				count++;
			}
			catch (InvalidInputException e) {
				e.violations().forEach(v -> violations.add(new Violation(at + "." + v.field(), v.code(), v.args())));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return count;
	}

	/** A cell as typed, without the quote our export puts before what a spreadsheet would take for a formula. */
	private static String cell(List<String> row, int i) {
		String cell = row.get(i).strip();
		return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@".indexOf(cell.charAt(1)) >= 0 ? cell.substring(1) : cell;
	}

	private Currency currency(long ownerId, long cardId) {
		String code = storefronts.of(cards.get(ownerId, cardId).getId()).currency();
		if (code == null) {
			throw new InvalidInputException(Violation.of("file", "store.currency.required"));
		}
		return Currency.getInstance(code);
	}
}
