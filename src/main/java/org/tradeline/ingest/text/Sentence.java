package org.tradeline.ingest.text;

import java.util.List;

/** One sentence: its offsets into the document and its words. */
public record Sentence(int index, int start, int end, List<Token> tokens) {

	/** Index of the first token at or after the offset, or the token count. */
	public int tokenAt(int offset) {
		for (int i = 0; i < this.tokens.size(); i++) {
			if (this.tokens.get(i).end() > offset) {
				return i;
			}
		}
		return this.tokens.size();
	}

}
