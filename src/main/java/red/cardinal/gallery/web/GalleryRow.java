package red.cardinal.gallery.web;

/** A gallery row in the editor: an image chosen from the owner's uploads, or a video link. */
public class GalleryRow {

	String type;
	String mediaId;
	String videoUrl;
	String caption;
	String alt;

	public GalleryRow() {
	}

	GalleryRow(String type, String mediaId, String videoUrl, String caption, String alt) {
		this.type = type;
		this.mediaId = mediaId;
		this.videoUrl = videoUrl;
		this.caption = caption;
		this.alt = alt;
	}

	/** Left entirely blank: dropped before validation. */
	boolean blank() {
		return java.util.stream.Stream.of(mediaId, videoUrl, caption, alt).allMatch(v -> v == null || v.isBlank());
	}

	public boolean isVideo() { return "video".equals(type); }
	public String getType() { return type; }
	public void setType(String type) { this.type = type; }
	public String getMediaId() { return mediaId; }
	public void setMediaId(String mediaId) { this.mediaId = mediaId; }
	public String getVideoUrl() { return videoUrl; }
	public void setVideoUrl(String videoUrl) { this.videoUrl = videoUrl; }
	public String getCaption() { return caption; }
	public void setCaption(String caption) { this.caption = caption; }
	public String getAlt() { return alt; }
	public void setAlt(String alt) { this.alt = alt; }
}
