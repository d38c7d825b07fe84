package red.cardinal.booking;

import java.time.ZoneId;

import org.springframework.stereotype.Component;

import red.cardinal.card.CardZones;

/** A card's days are counted in its owner's booking zone. */
@Component
class OwnerZones implements CardZones {

	private final Availability availability;

	OwnerZones(Availability availability) {
		this.availability = availability;
	}

	@Override
	public ZoneId of(long cardId) {
		return availability.zone(cardId);
	}
}
