package red.cardinal.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A product of a card's store: the aggregate root for its images and option values. */
@Table("products")
public class Product {

	@Id
	private Long id;

	@Version
	private Integer version;

	private long cardId;

	private String slug;

	private String name;

	private String description;

	private long priceMinor;

	private Long compareAtMinor;

	private String category;

	private String availability;

	private int position;

	private Instant createdAt;

	private Instant updatedAt;

	@MappedCollection(idColumn = "product_id", keyColumn = "position")
	private List<ProductImage> images = new ArrayList<>();

	@MappedCollection(idColumn = "product_id", keyColumn = "position")
	private List<ProductOptionValue> optionValues = new ArrayList<>();

	Product() {
	}

	static Product create(long cardId, int position, ProductDetails details, Instant now) {
		var product = new Product();
		product.cardId = cardId;
		product.position = position;
		product.createdAt = now;
		product.apply(details, now);
		return product;
	}

	/** Takes every field of already validated details. */
	void apply(ProductDetails d, Instant now) {
		slug = d.slug();
		name = d.name();
		description = d.description();
		priceMinor = d.priceMinor();
		compareAtMinor = d.compareAtMinor();
		category = d.category();
		availability = d.available();
		images = new ArrayList<>(d.imageMediaIds().stream().map(id -> new ProductImage(Long.valueOf(id))).toList());
		optionValues = new ArrayList<>();
		for (var option : d.options()) {
			for (var value : option.values()) {
				optionValues.add(new ProductOptionValue(option.name(), value.label(), value.priceDeltaMinor()));
			}
		}
		updatedAt = now;
	}

	void moveTo(int position, Instant now) {
		this.position = position;
		updatedAt = now;
	}

	/** The details as the API and the editor show them. */
	public ProductDetails details() {
		Map<String, List<ProductDetails.Value>> options = new LinkedHashMap<>();
		for (var v : optionValues) {
			options.computeIfAbsent(v.optionName(), k -> new ArrayList<>())
				.add(new ProductDetails.Value(v.label(), v.priceDeltaMinor()));
		}
		return new ProductDetails(slug, name, description, priceMinor, null, compareAtMinor, category, availability,
				images.stream().map(i -> i.mediaId().toString()).toList(),
				options.entrySet().stream().map(e -> new ProductDetails.Option(e.getKey(), e.getValue())).toList());
	}

	public boolean orderable() {
		return ProductDetails.IN_STOCK.equals(availability);
	}

	public boolean listed() {
		return !ProductDetails.HIDDEN.equals(availability);
	}

	public Long getId() { return id; }
	public long getCardId() { return cardId; }
	public String getSlug() { return slug; }
	public String getName() { return name; }
	public String getDescription() { return description; }
	public long getPriceMinor() { return priceMinor; }
	public Long getCompareAtMinor() { return compareAtMinor; }
	public String getCategory() { return category; }
	public String getAvailability() { return availability; }
	public int getPosition() { return position; }
	public Instant getUpdatedAt() { return updatedAt; }
	public List<Long> getImageIds() { return images.stream().map(ProductImage::mediaId).toList(); }
}
