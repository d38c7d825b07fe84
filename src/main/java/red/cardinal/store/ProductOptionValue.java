package red.cardinal.store;

import org.springframework.data.relational.core.mapping.Table;

/** One value of one option of a product (Size: M, +0), stored a row each in the options' order. */
@Table("product_option_values")
record ProductOptionValue(String optionName, String label, long priceDeltaMinor) {
}
