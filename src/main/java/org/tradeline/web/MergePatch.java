package org.tradeline.web;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** JSON Merge Patch (RFC 7396): what PATCH with application/merge-patch+json applies. */
public final class MergePatch {

	public static final String MEDIA_TYPE = "application/merge-patch+json";

	private MergePatch() {
	}

	/**
	 * The patch applied to a request, which is read next. A member the patch removes is left in as
	 * null: a request reads a null field as one left out, and so its reader refuses a null it has no
	 * field for ({@code {"lcoation": null}}, {@code {"date": {"ned": null}}}) as it refuses the same
	 * name with a value, and as a full request does, instead of the patch removing nothing.
	 */
	public static JsonNode apply(JsonNode target, JsonNode patch) {
		if (!patch.isObject()) {
			return patch;
		}
		ObjectNode result = (target != null && target.isObject()) ? (ObjectNode) target.deepCopy()
				: JsonNodeFactory.instance.objectNode();
		for (var field : patch.properties()) {
			result.set(field.getKey(), field.getValue().isNull() ? field.getValue()
					: apply(result.get(field.getKey()), field.getValue()));
		}
		return result;
	}

}
