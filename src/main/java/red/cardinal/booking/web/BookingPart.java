package red.cardinal.booking.web;

import java.util.List;

/** Appointments on a card's page: the kinds of appointment, and where to book them. */
public record BookingPart(String bookUrl, List<String> types) {
}
