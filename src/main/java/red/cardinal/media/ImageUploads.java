package red.cardinal.media;

import java.util.List;

import org.springframework.web.multipart.MultipartFile;

import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.UploadLimits;
import red.cardinal.shared.Violation;

/**
 * Image files as a form or the API brings them, checked against {@link UploadLimits} by their size
 * alone, before a byte of them is read into the heap.
 */
public final class ImageUploads {

	private ImageUploads() {
	}

	/**
	 * The file as an upload to store.
	 * @throws InvalidInputException naming {@code file} when none was chosen or it is larger than
	 * {@link UploadLimits#MAX_MB}
	 */
	public static MediaManagement.Upload of(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw refused("media.empty");
		}
		if (file.getSize() > UploadLimits.MAX_BYTES) {
			throw refused("media.tooLarge", UploadLimits.MAX_MB);
		}
		return file::getBytes;
	}

	/**
	 * Several files of one field (a gallery's), each as {@link #of(MultipartFile)}; parts without a
	 * file are left out.
	 * @throws InvalidInputException naming {@code file} when there is none, more than
	 * {@link UploadLimits#MAX_FILES}, or one is refused
	 */
	public static List<MediaManagement.Upload> of(List<MultipartFile> files) {
		var chosen = files == null ? List.<MultipartFile>of() : files.stream().filter(f -> f != null && !f.isEmpty()).toList();
		if (chosen.isEmpty()) {
			throw refused("media.empty");
		}
		if (chosen.size() > UploadLimits.MAX_FILES) {
			throw refused("media.tooMany", UploadLimits.MAX_FILES);
		}
		return chosen.stream().map(ImageUploads::of).toList();
	}

	private static InvalidInputException refused(String code, Object... args) {
		return new InvalidInputException(Violation.of("file", code, args));
	}
}
