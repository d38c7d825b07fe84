package red.cardinal.store;

/** A recorded order and the wa.me link that sends it to the owner. */
public record PlacedOrder(Order order, String whatsappUrl) {
}
