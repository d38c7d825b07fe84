package red.cardinal.portability;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Moves the media ids in a card's JSON (and its sections', and its products') from the exporting
 * instance's to the ones the uploads got here. Every module names such a field {@code mediaId},
 * {@code …MediaId} or, for a list, {@code …MediaIds}, so this needs to know no section.
 */
final class MediaReferences {

	private MediaReferences() {
	}

	/**
	 * Rewrites every media id in {@code json} through {@code ids} (old id → new id).
	 * @return the first id that the export has no upload for, or null when all were found
	 */
	static String remap(JsonNode json, Map<String, String> ids) {
		if (json instanceof ObjectNode object) {
			for (String field : java.util.List.copyOf(object.propertyNames())) {
				JsonNode value = object.get(field);
				if ((field.equals("mediaId") || field.endsWith("MediaId")) && isId(value)) {
					String moved = ids.get(value.asString());
					if (moved == null) {
						return value.asString();
					}
					object.put(field, moved);
				}
				else if (field.endsWith("MediaIds") && value instanceof ArrayNode list) {
					for (int i = 0; i < list.size(); i++) {
						String moved = isId(list.get(i)) ? ids.get(list.get(i).asString()) : null;
						if (moved == null) {
							return list.get(i).asString();
						}
						list.set(i, list.stringNode(moved));
					}
				}
				else {
					String unknown = remap(value, ids);
					if (unknown != null) {
						return unknown;
					}
				}
			}
		}
		else if (json instanceof ArrayNode list) {
			for (JsonNode item : list) {
				String unknown = remap(item, ids);
				if (unknown != null) {
					return unknown;
				}
			}
		}
		return null;
	}

	private static boolean isId(JsonNode value) {
		return value != null && (value.isString() || value.isIntegralNumber());
	}
}
