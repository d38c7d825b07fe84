package red.cardinal.wallet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import tools.jackson.databind.json.JsonMapper;

import red.cardinal.card.Card;
import red.cardinal.media.MediaManagement;
import red.cardinal.web.PublicUrls;
import red.cardinal.web.Ui;

/**
 * A card as an Apple Wallet pass ({@code .pkpass}): a zip of {@code pass.json}, its pictures, a
 * {@code manifest.json} of every file's SHA-1 and the {@code signature} of that manifest. A card's
 * pass is made once per version and language and then kept, so asking again costs nothing.
 */
@Component
public class ApplePasses {

	/** The bytes of passes kept: a pass with a photo is about 60 KB. */
	private static final long KEPT_BYTES = 8L * 1024 * 1024;

	private final WalletCertificates certificates;
	private final MediaManagement media;
	private final PublicUrls urls;
	private final Clock clock;
	private final Cache<String, byte[]> kept = Caffeine.newBuilder()
		.maximumWeight(KEPT_BYTES)
		.weigher((String key, byte[] pass) -> pass.length + 2 * key.length())
		.build();

	ApplePasses(WalletCertificates certificates, MediaManagement media, PublicUrls urls, Optional<Clock> clock) {
		this.certificates = certificates;
		this.media = media;
		this.urls = urls;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** Whether passes are made: the operator's certificates load and have not expired. */
	public boolean available() {
		return certificates.apple().isPresent();
	}

	/** The card's pass in the visitor's language, or empty when passes are not {@link #available()}. */
	public Optional<byte[]> pass(Card card, Ui ui) {
		return certificates.apple().map(credentials -> kept.get(card.getId() + "|" + card.versionTag() + "|" + ui.lang(),
				key -> make(card, ui, credentials)));
	}

	/** The same for a card as long as it is the same card, whatever its slug becomes. */
	static String serialNumber(Card card) {
		return "cardinal-card-" + card.getId();
	}

	byte[] make(Card card, Ui ui, AppleCredentials credentials) {
		PassColors colors = PassColors.of(card.getDesign());
		var files = new LinkedHashMap<String, byte[]>();
		files.put("pass.json", JsonMapper.shared()
			.writeValueAsBytes(PassJson.of(card, credentials, urls.of("/" + card.getSlug()), colors, ui)));
		var background = PassColors.awt(colors.background());
		var foreground = PassColors.awt(colors.foreground());
		files.put("icon.png", PassImages.icon(background, foreground, 29));
		files.put("icon@2x.png", PassImages.icon(background, foreground, 58));
		files.put("icon@3x.png", PassImages.icon(background, foreground, 87));
		files.put("logo.png", PassImages.logo(foreground, 50));
		files.put("logo@2x.png", PassImages.logo(foreground, 100));
		if (card.getPhotoKey() != null) {
			media.contactPhoto(card.getPhotoKey()).flatMap(photo -> PassImages.thumbnails(photo, 90, 180)).ifPresent(pngs -> {
				files.put("thumbnail.png", pngs.get(0));
				files.put("thumbnail@2x.png", pngs.get(1));
			});
		}
		byte[] manifest = manifest(files);
		files.put("manifest.json", manifest);
		files.put("signature", PassSignatures.sign(manifest, credentials, clock.instant()));
		return zip(files);
	}

	/** {@code manifest.json}: each file's name and the hex SHA-1 of its bytes. */
	static byte[] manifest(Map<String, byte[]> files) {
		var hashes = new TreeMap<String, String>();
		files.forEach((name, bytes) -> hashes.put(name, sha1(bytes)));
		return JsonMapper.shared().writeValueAsBytes(hashes);
	}

	static String sha1(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-1 is part of every JDK", e);
		}
	}

	private static byte[] zip(Map<String, byte[]> files) {
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(out)) {
			for (var file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}
