package red.cardinal.portability;

import java.util.regex.Pattern;

/**
 * The names in an export, the one place that knows them: {@code cardinal-export.json} (what the zip
 * holds), {@code designs.json} (the brand designs, as {@code GET /api/v1/designs} has them), {@code media/<id>.jpg} (the owner's uploads by their id here), and a folder
 * {@code cards/<slug>/} per card with {@code card.json} (as {@code GET /api/v1/cards/{id}} answers,
 * sections included), {@code products.json}, a {@code .vcf} and CSVs of its records.
 */
final class ExportLayout {

	static final String MANIFEST = "cardinal-export.json";

	static final String DESIGNS = "designs.json";

	static final int FORMAT = 1;

	/** Every file name an export may have; anything else in a zip is refused. */
	static final Pattern FILE = Pattern.compile("cardinal-export\\.json|designs\\.json|media/[0-9]{1,19}\\.(jpg|png|webp)"
			+ "|cards/[a-z0-9-]{1,60}/(card\\.json|products\\.json|[a-z0-9-]{1,60}\\.vcf|[a-z]{1,20}\\.csv)");

	static final Pattern FOLDER = Pattern.compile("(cards/|media/|cards/[a-z0-9-]{1,60}/)");

	static final Pattern CARD = Pattern.compile("cards/([a-z0-9-]{1,60})/card\\.json");

	private ExportLayout() {
	}

	static String card(String folder, String file) {
		return "cards/" + folder + "/" + file;
	}

	static String media(long id, String key) {
		return "media/" + id + key.substring(key.lastIndexOf('.'));
	}
}
