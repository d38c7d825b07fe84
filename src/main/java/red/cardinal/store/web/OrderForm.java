package red.cardinal.store.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import red.cardinal.store.OrderRequest;

/** An order as a form posts it: {@code items[0].product}, {@code items[0].options[Size]}, {@code note}. */
public class OrderForm {

	private List<ItemForm> items = new ArrayList<>();
	private String customerName;
	private String note;
	private String delivery;
	private String address;

	OrderRequest toRequest() {
		return new OrderRequest(items.stream().filter(i -> i != null && i.product != null)
			.map(i -> new OrderRequest.Item(i.product, i.quantity, i.options)).toList(), customerName, note, delivery, address);
	}

	public static class ItemForm {

		private String product;
		private Integer quantity;
		private Map<String, String> options = new LinkedHashMap<>();

		public String getProduct() { return product; }
		public void setProduct(String product) { this.product = product; }
		public Integer getQuantity() { return quantity; }
		public void setQuantity(Integer quantity) { this.quantity = quantity; }
		public Map<String, String> getOptions() { return options; }
		public void setOptions(Map<String, String> options) { this.options = options; }
	}

	public List<ItemForm> getItems() { return items; }
	public void setItems(List<ItemForm> items) { this.items = items; }
	public String getCustomerName() { return customerName; }
	public void setCustomerName(String customerName) { this.customerName = customerName; }
	public String getNote() { return note; }
	public void setNote(String note) { this.note = note; }
	public String getDelivery() { return delivery; }
	public void setDelivery(String delivery) { this.delivery = delivery; }
	public String getAddress() { return address; }
	public void setAddress(String address) { this.address = address; }
}
