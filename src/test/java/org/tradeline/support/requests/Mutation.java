package org.tradeline.support.requests;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A change to one place in a JSON body: replace the value at path, or remove it (value null); at
 * the empty path, an object value adds its fields to the body.
 */
record Mutation(String label, List<String> path, JsonNode value, Expect expect) {

	boolean apply(ObjectNode body) {
		JsonNode parent = body;
		for (int i = 0; i < this.path.size() - 1; i++) {
			parent = child(parent, this.path.get(i));
			if (parent == null || !parent.isContainerNode()) {
				return false;
			}
		}
		String last = this.path.isEmpty() ? null : this.path.get(this.path.size() - 1);
		if (last == null) {
			if (this.value instanceof ObjectNode extra) {
				body.setAll(extra);
				return true;
			}
			return false;
		}
		if (parent instanceof ObjectNode object) {
			if (this.value == null) {
				return object.remove(last) != null;
			}
			object.set(last, this.value.deepCopy());
			return true;
		}
		if (parent instanceof ArrayNode array && isIndex(last) && array.size() > Integer.parseInt(last)) {
			if (this.value == null) {
				array.remove(Integer.parseInt(last));
			}
			else {
				array.set(Integer.parseInt(last), this.value.deepCopy());
			}
			return true;
		}
		return false;
	}

	/** Whether two mutations touch the same place, or one a place inside the other's. */
	boolean overlaps(Mutation other) {
		int common = Math.min(this.path.size(), other.path.size());
		return this.path.subList(0, common).equals(other.path.subList(0, common));
	}

	static String dotted(List<String> path) {
		return path.isEmpty() ? "(body)" : String.join(".", path);
	}

	private static JsonNode child(JsonNode node, String key) {
		return node.isArray() ? (isIndex(key) ? node.get(Integer.parseInt(key)) : null) : node.get(key);
	}

	private static boolean isIndex(String key) {
		return key.chars().allMatch(Character::isDigit);
	}

}
