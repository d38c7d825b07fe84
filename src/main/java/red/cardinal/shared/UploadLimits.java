package red.cardinal.shared;

/**
 * What an image upload may be, said before it is sent (in every file input's hint and its
 * {@code data-max-bytes}) and enforced where it arrives: a phone's photo of today (48 megapixels,
 * 15–25 MB) fits.
 */
public final class UploadLimits {

	/** The largest image file taken, in MB. */
	public static final int MAX_MB = 25;

	public static final int MAX_BYTES = MAX_MB * 1024 * 1024;

	/** The most pixels an image may have, in megapixels (checked before anything is decoded). */
	public static final int MAX_MEGAPIXELS = 50;

	/** The most files one post may bring (several gallery images at once). */
	public static final int MAX_FILES = 10;

	private UploadLimits() {
	}
}
