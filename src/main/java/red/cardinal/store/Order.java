package red.cardinal.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** An order a visitor sent: what was in the cart at the prices of that moment, and where it stands. */
@Table("orders")
public class Order {

	public static final List<String> STATUSES = List.of("new", "confirmed", "fulfilled", "cancelled");

	/** From each status, where an owner may move an order. */
	private static final java.util.Map<String, Set<String>> NEXT = java.util.Map.of("new", Set.of("confirmed", "cancelled"),
			"confirmed", Set.of("fulfilled", "cancelled"), "fulfilled", Set.of(), "cancelled", Set.of());

	@Id
	private Long id;

	@Version
	private Integer version;

	private long cardId;

	private String number;

	private String status;

	private String currency;

	private long totalMinor;

	private String customerName;

	private String note;

	private String delivery;

	private String address;

	private Instant createdAt;

	@MappedCollection(idColumn = "order_id", keyColumn = "position")
	private List<OrderItem> items = new ArrayList<>();

	Order() {
	}

	Order(long cardId, String number, String currency, List<OrderItem> items, String customerName, String note,
			String delivery, String address, Instant now) {
		this.cardId = cardId;
		this.number = number;
		this.status = "new";
		this.currency = currency;
		this.items = new ArrayList<>(items);
		this.totalMinor = items.stream().mapToLong(OrderItem::lineMinor).reduce(0, Math::addExact);
		this.customerName = customerName;
		this.note = note;
		this.delivery = delivery;
		this.address = address;
		this.createdAt = now;
	}

	/** Moves the order on (new → confirmed → fulfilled, or cancelled before it is fulfilled). */
	boolean moveTo(String next) {
		if (!NEXT.getOrDefault(status, Set.of()).contains(next)) {
			return false;
		}
		status = next;
		return true;
	}

	public Long getId() { return id; }
	public long getCardId() { return cardId; }
	public String getNumber() { return number; }
	public String getStatus() { return status; }
	public String getCurrency() { return currency; }
	public long getTotalMinor() { return totalMinor; }
	public String getCustomerName() { return customerName; }
	public String getNote() { return note; }
	public String getDelivery() { return delivery; }
	public String getAddress() { return address; }
	public Instant getCreatedAt() { return createdAt; }
	public List<OrderItem> getItems() { return List.copyOf(items); }
}
