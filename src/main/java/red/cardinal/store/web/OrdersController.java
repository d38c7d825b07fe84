package red.cardinal.store.web;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import red.cardinal.account.AccountPrincipal;
import red.cardinal.card.CardManagement;
import red.cardinal.card.CardZones;
import red.cardinal.shared.Money;
import red.cardinal.store.Storefronts;
import red.cardinal.store.OrdersCsv;
import red.cardinal.store.Order;
import red.cardinal.store.Ordering;
import red.cardinal.web.Ui;

/** The owner's orders of a card: status changes, totals per day, CSV export. */
@Controller
class OrdersController {

	private static final Map<String, List<String>> NEXT = Map.of("new", List.of("confirmed", "cancelled"), "confirmed",
			List.of("fulfilled", "cancelled"));

	private final Ordering ordering;
	private final CardManagement cards;
	private final Storefronts storefronts;

	private final CardZones zones;

	OrdersController(Storefronts storefronts, Ordering ordering, CardManagement cards, CardZones zones) {
		this.zones = zones;
		this.storefronts = storefronts;
		this.ordering = ordering;
		this.cards = cards;
	}

	@GetMapping("/dashboard/cards/{id}/orders")
	String list(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@RequestParam(required = false) String notice, @ModelAttribute("ui") Ui ui, Model model) {
		var card = cards.get(owner.accountId(), id);
		ZoneId zone = zones.of(card.getId());
		var entries = ordering.list(owner.accountId(), id).stream().map(o -> entry(o, zone, ui)).toList();
		String currency = storefronts.of(card.getId()).currency();
		var days = ordering.totalsPerDay(owner.accountId(), id).stream()
			.map(d -> new OrdersPage.Day(d.day().toString(), d.orders(),
					currency == null ? Long.toString(d.totalMinor()) : new Money(d.totalMinor(), Currency.getInstance(currency)).format(ui.locale())))
			.toList();
		model.addAttribute("page", new OrdersPage(id, card.displayName(), entries, days, notice));
		return "store/orders";
	}

	@PostMapping("/dashboard/cards/{id}/orders/{orderId}/status")
	String status(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id, @PathVariable long orderId,
			@RequestParam String status) {
		ordering.changeStatus(owner.accountId(), id, orderId, status);
		return "redirect:/dashboard/cards/" + id + "/orders?notice=" + status;
	}

	@GetMapping("/dashboard/cards/{id}/orders.csv")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("orders.csv").build().toString())
			.body(OrdersCsv.of(ordering.list(owner.accountId(), id)).getBytes(StandardCharsets.UTF_8));
	}

	/** An order as the owner reads it: the time in the owner's zone, each line and the total with its currency. */
	private static OrdersPage.Entry entry(Order o, ZoneId zone, Ui ui) {
		Currency currency = Currency.getInstance(o.getCurrency());
		String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(ui.locale())
			.format(o.getCreatedAt().atZone(zone)) + " (" + ("Z".equals(zone.getId()) ? "UTC" : zone.getId()) + ")";
		var lines = OrdersCsv.lines(o, minor -> new Money(minor, currency).format(ui.locale()));
		return new OrdersPage.Entry(o.getId(), o.getNumber(), o.getStatus(), when,
				new Money(o.getTotalMinor(), currency).format(ui.locale()), o.getCustomerName(),
				o.getDelivery() == null ? null : "delivery".equals(o.getDelivery())
						? ui.t("orders.delivery", o.getAddress()) : ui.t("orders.pickup"),
				o.getNote(), lines, NEXT.getOrDefault(o.getStatus(), List.of()));
	}
}
