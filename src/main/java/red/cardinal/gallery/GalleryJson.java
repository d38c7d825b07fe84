package red.cardinal.gallery;

/** A gallery item as the JSON API shows it: ids are strings. */
record GalleryJson(String type, String mediaId, String videoUrl, String caption, String alt) {

	static GalleryJson of(GalleryItem g) {
		return new GalleryJson(g.type(), g.mediaId() == null ? null : g.mediaId().toString(), g.videoUrl(), g.caption(),
				g.alt());
	}
}
