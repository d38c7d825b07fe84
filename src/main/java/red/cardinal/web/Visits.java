package red.cardinal.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Takes a {@link Visit} from a request while it is at hand, so that a module can hand it on in an
 * event ({@code AppointmentBooked}, {@code OrderPlaced}) and the counting happen after its commit.
 * Analytics answers it; a module that publishes such an event needs this, not analytics.
 */
public interface Visits {

	/**
	 * The visit of a request to a card, its day in the zone the card's owner counts days in; empty
	 * when it is not counted (a bot, or analytics switched off).
	 */
	Optional<Visit> of(long cardId, HttpServletRequest request);
}
