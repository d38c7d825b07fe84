package red.cardinal.gallery.web;

import java.util.List;

/** A card's gallery as its page shows it. */
public record GalleryPart(List<GalleryEntry> entries) {
}
