package red.cardinal.web;

/**
 * One of the owner's uploads as an image picker shows it ({@code tag/mediaPicker}): its id, the
 * URL of a small rendition, and the words a screen reader says for it.
 */
public record MediaChoice(String id, String thumbUrl, String label) {
}
