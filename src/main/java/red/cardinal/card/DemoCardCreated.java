package red.cardinal.card;

import java.util.List;

/**
 * The demo card was made, on the first start of an empty database, with these pictures in its
 * owner's library. Heard in the same transaction, before the port opens, by the sections that fill
 * their part of it (the store adds its products), so the demo is whole or not there at all.
 */
public record DemoCardCreated(long cardId, long ownerId, List<String> pictureIds) {

	public DemoCardCreated {
		pictureIds = List.copyOf(pictureIds);
	}
}
