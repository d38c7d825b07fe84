package red.cardinal.store;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;

import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.NotFoundException;
import red.cardinal.shared.PhoneNumber;
import red.cardinal.shared.TextInput;
import red.cardinal.shared.Violation;
import red.cardinal.web.Visit;

/** Orders: placing one from a visitor's cart at the catalog's prices, and the owner's view of them. */
@Service
public class Ordering {

	static final int MAX_LINES = 500;

	static final int MAX_QUANTITY = 999;

	/** How many numbers an order tries before it gives up: with 31⁶ numbers, a second clash in a row is news. */
	static final int NUMBER_ATTEMPTS = 5;

	private final Products products;
	private final Orders orders;
	private final CardManagement cards;
	private final Storefronts storefronts;
	private final MessageSource messages;
	private final OrderNumbers numbers;
	private final TransactionTemplate savepoint;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Ordering(Storefronts storefronts, Products products, Orders orders, CardManagement cards, MessageSource messages,
			OrderNumbers numbers, PlatformTransactionManager transactions, ApplicationEventPublisher events,
			Optional<Clock> clock) {
		this.storefronts = storefronts;
		this.products = products;
		this.orders = orders;
		this.cards = cards;
		this.messages = messages;
		this.numbers = numbers;
		// a clash must not spoil the order's transaction (PostgreSQL aborts it): each try gets a savepoint
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** As {@link #place(Card, OrderRequest, Visit)}, for an order that is not counted. */
	@Transactional
	public PlacedOrder place(Card card, OrderRequest request) {
		return place(card, request, null);
	}

	/**
	 * Records an order for a published card's open store and builds its WhatsApp link; publishes
	 * {@link OrderPlaced} with the {@code visit} (null: none) to be counted once it is committed.
	 * @throws NotFoundException when the card has no open store
	 * @throws InvalidInputException naming every bad item ({@code items[2].quantity}) or field
	 */
	@Transactional
	public PlacedOrder place(Card card, OrderRequest request, Visit visit) {
		StoreSettings store = storefronts.of(card.getId());
		if (!store.enabled() || store.orderPhone() == null || store.currency() == null) {
			throw new NotFoundException("Store");
		}
		var violations = new ArrayList<Violation>();
		Map<String, Product> catalog = products.findByCardIdOrderByPositionAscIdAsc(card.getId()).stream()
			.filter(Product::listed)
			.collect(Collectors.toMap(Product::getSlug, Function.identity()));
		if (request.items().isEmpty() || request.items().size() > MAX_LINES) {
			violations.add(Violation.of("items", "order.items.count", MAX_LINES));
		}
		var lines = new ArrayList<OrderItem>();
		for (int i = 0; i < Math.min(request.items().size(), MAX_LINES); i++) {
			OrderItem line = line("items[" + i + "]", request.items().get(i), catalog, violations);
			if (line != null) {
				lines.add(line);
			}
		}
		String name = TextInput.line("customerName", request.customerName(), 100, violations);
		String note = TextInput.text("note", request.note(), 1000, violations);
		String delivery = request.delivery() == null || request.delivery().isBlank() ? null : request.delivery().strip();
		if (delivery != null && !List.of("pickup", "delivery").contains(delivery)) {
			violations.add(Violation.of("delivery", "order.delivery.unknown"));
		}
		String address = TextInput.line("address", request.address(), 300, violations);
		if ("delivery".equals(delivery) && address == null) {
			violations.add(Violation.of("address", "order.address.required"));
		}
		if (lines.stream().mapToDouble(OrderItem::lineMinor).sum() > ProductValidation.MAX_PRICE) {
			violations.add(Violation.of("items", "order.total.tooLarge"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		Order order = save(card.getId(), store.currency(), lines, name, note, delivery,
				"delivery".equals(delivery) ? address : null);
		events.publishEvent(new OrderPlaced(order.getId(), card.getId(), order.getNumber(), visit));
		Locale locale = store.locale() == null ? Locale.ENGLISH : Locale.forLanguageTag(store.locale());
		var message = new OrderMessage(locale, Currency.getInstance(store.currency()),
				(key, args) -> messages.getMessage(key, args, locale));
		return new PlacedOrder(order, OrderMessage.link(new PhoneNumber(store.orderPhone()), message.text(order)));
	}

	@Transactional(readOnly = true)
	public List<Order> list(long ownerId, long cardId) {
		return orders.findByCardIdOrderByCreatedAtDescIdDesc(cards.get(ownerId, cardId).getId());
	}

	/** Moves an order on; a move its status does not allow (fulfilled → new) is refused. */
	@Transactional
	public Order changeStatus(long ownerId, long cardId, long orderId, String status) {
		Order order = orders.findByIdAndCardId(orderId, cards.get(ownerId, cardId).getId())
			.orElseThrow(() -> new NotFoundException("Order"));
		if (!order.moveTo(status)) {
			throw new InvalidInputException(Violation.of("status", "order.status.move", order.getStatus()));
		}
		return orders.save(order);
	}

	/** Per day (UTC), newest first: the number of orders and their total, cancelled ones left out. */
	@Transactional(readOnly = true)
	public List<DayTotal> totalsPerDay(long ownerId, long cardId) {
		var days = new TreeMap<LocalDate, long[]>(java.util.Comparator.reverseOrder());
		for (Order o : list(ownerId, cardId)) {
			if (!"cancelled".equals(o.getStatus())) {
				long[] day = days.computeIfAbsent(LocalDate.ofInstant(o.getCreatedAt(), ZoneOffset.UTC), d -> new long[2]);
				day[0]++;
				day[1] += o.getTotalMinor();
			}
		}
		return days.entrySet().stream().map(e -> new DayTotal(e.getKey(), (int) e.getValue()[0], e.getValue()[1])).toList();
	}

	public record DayTotal(LocalDate day, int orders, long totalMinor) {
	}

	private OrderItem line(String at, OrderRequest.Item item, Map<String, Product> catalog, List<Violation> violations) {
		Product product = item == null || item.product() == null ? null : catalog.get(item.product().strip());
		if (product == null) {
			violations.add(Violation.of(at + ".product", "order.product.unknown"));
			return null;
		}
		if (!product.orderable()) {
			violations.add(Violation.of(at + ".product", "order.product.soldOut", product.getName()));
			return null;
		}
		int quantity = item.quantity() == null ? 1 : item.quantity();
		if (quantity < 1 || quantity > MAX_QUANTITY) {
			violations.add(Violation.of(at + ".quantity", "order.quantity.invalid", MAX_QUANTITY));
			return null;
		}
		long unit = product.getPriceMinor();
		var chosen = new ArrayList<String>();
		var options = product.details().options();
		for (var option : options) {
			String label = item.options().get(option.name());
			var value = option.values().stream().filter(v -> v.label().equals(label)).findFirst();
			if (value.isEmpty()) {
				violations.add(Violation.of(at + ".options." + option.name(), "order.option.choose", option.name()));
				return null;
			}
			unit += value.get().priceDeltaMinor();
			chosen.add(option.name() + ": " + value.get().label());
		}
		for (String name : item.options().keySet()) {
			if (options.stream().noneMatch(o -> o.name().equals(name))) {
				violations.add(Violation.of(at + ".options." + name, "order.option.unknown"));
				return null;
			}
		}
		if (unit < 0) {
			violations.add(Violation.of(at + ".product", "order.product.unknown"));
			return null;
		}
		return new OrderItem(product.getId(), product.getSlug(), product.getName(),
				chosen.isEmpty() ? null : String.join(", ", chosen), quantity, unit, Math.multiplyExact(unit, quantity));
	}

	/**
	 * Saves the order under a new number. The number is unique per card by a constraint, so on a clash
	 * (another order has it, on any node) the order tries again with another, at most
	 * {@link #NUMBER_ATTEMPTS} times.
	 */
	private Order save(long cardId, String currency, List<OrderItem> lines, String name, String note, String delivery,
			String address) {
		for (int attempt = 1;; attempt++) {
			var order = new Order(cardId, numbers.next(), currency, lines, name, note, delivery, address, clock.instant());
			try {
				return savepoint.execute(status -> orders.save(order));
			}
			catch (DuplicateKeyException e) {
				if (attempt == NUMBER_ATTEMPTS) {
					throw e;
				}
			}
		}
	}
}
