package org.tradeline.web;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** JSON Merge Patch (RFC 7396): what PATCH with application/merge-patch+json applies. */
public final class MergePatch {

	public static final String MEDIA_TYPE = "application/merge-patch+json";

	private MergePatch() {
	}

	public static JsonNode apply(JsonNode target, JsonNode patch) {
		if (!patch.isObject()) {
			return patch;
		}
		ObjectNode result = (target != null && target.isObject()) ? (ObjectNode) target.deepCopy()
				: JsonNodeFactory.instance.objectNode();
		for (var field : patch.properties()) {
			if (field.getValue().isNull()) {
				result.remove(field.getKey());
			}
			else {
				result.set(field.getKey(), apply(result.get(field.getKey()), field.getValue()));
			}
		}
		return result;
	}

}
