package red.cardinal.store;

import org.springframework.data.relational.core.mapping.Table;

/** One image of a product, from the owner's media. */
@Table("product_images")
record ProductImage(Long mediaId) {
}
