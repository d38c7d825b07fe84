package red.cardinal.gallery.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import gg.jte.Content;
import gg.jte.TemplateEngine;

import red.cardinal.card.Card;
import red.cardinal.card.CardPagePart;
import red.cardinal.gallery.Galleries;
import red.cardinal.gallery.GalleryItem;
import red.cardinal.media.MediaItem;
import red.cardinal.media.MediaManagement;
import red.cardinal.shared.VideoLink;
import red.cardinal.web.Ui;

/** A card's gallery on its page: images in the widths a phone needs, videos that load only when tapped. */
@Component
class GalleryPagePart implements CardPagePart {

	private final Galleries galleries;
	private final MediaManagement media;
	private final TemplateEngine templates;

	GalleryPagePart(Galleries galleries, MediaManagement media, TemplateEngine templates) {
		this.galleries = galleries;
		this.media = media;
		this.templates = templates;
	}

	@Override
	public String key() {
		return "gallery";
	}

	@Override
	public Content render(Card card, Visit visit) {
		return render(card, visit, galleries.of(card.getId()));
	}

	/** The part as these items, checked but not saved, would show it: the gallery screen's preview. */
	CardPagePart drafted(List<GalleryItem> items) {
		return CardPagePart.of(key(), (card, visit) -> render(card, visit, items));
	}

	private Content render(Card card, Visit visit, List<GalleryItem> items) {
		var wanted = items.stream().map(GalleryItem::mediaId).filter(Objects::nonNull).toList();
		Map<Long, MediaItem> uploads = wanted.isEmpty() ? Map.of() : media.find(card.getOwnerId(), wanted);
		var entries = new ArrayList<GalleryEntry>();
		for (GalleryItem item : items) {
			GalleryEntry entry = item.video() ? video(item, visit.ui()) : image(item, uploads.get(item.mediaId()));
			if (entry != null) {
				entries.add(entry);
			}
		}
		if (entries.isEmpty()) {
			return null;
		}
		var part = new GalleryPart(entries);
		return output -> templates.render("gallery/part.jte", Map.of("ui", visit.ui(), "part", part), output);
	}

	private static GalleryEntry video(GalleryItem item, Ui ui) {
		var video = VideoLink.parse(item.videoUrl());
		return new GalleryEntry(true, video.watchUrl(), null, null, 0, 0, null,
				item.caption() != null ? item.caption() : ui.t("site.gallery.video"), video.embedUrl());
	}

	private GalleryEntry image(GalleryItem item, MediaItem upload) {
		if (upload == null) {
			return null;
		}
		return new GalleryEntry(false, media.url(upload.key()), upload.url(320), upload.srcset(), upload.width(),
				upload.height(), item.alt() != null ? item.alt() : item.caption() != null ? item.caption() : "",
				item.caption(), null);
	}
}
