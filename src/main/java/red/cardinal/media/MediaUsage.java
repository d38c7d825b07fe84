package red.cardinal.media;

import java.util.List;

/**
 * Tells where an owner uses a stored object, so that media in use is not deleted by mistake.
 * Modules that refer to media (cards, galleries, products) provide one.
 */
public interface MediaUsage {

	/** Short descriptions of each use, e.g. "the photo of /ana-garcia"; empty when unused. */
	List<String> usesOf(long ownerId, String key);

	/** Stops using the object (the owner chose to delete it anyway): the card loses that photo or gallery image. */
	void release(long ownerId, String key);
}
