package red.cardinal.card;

import java.time.ZoneId;

/**
 * The time zone a card's owner counts their days in (for counting visits). The module that knows it (appointments: the
 * owner's booking zone) provides it, so analytics needs no knowledge of that module; without one,
 * days are UTC days.
 */
public interface CardZones {

	ZoneId of(long cardId);
}
