package red.cardinal.gallery.web;

import java.util.List;

import red.cardinal.web.MediaChoice;

/** The gallery screen: the form (saved, or as just sent), the owner's uploads to choose from, and what happened. */
public record GalleryPage(long cardId, GalleryForm form, List<MediaChoice> media, String notice) {
}
