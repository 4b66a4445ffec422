package org.tradeline.ingest.review;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The plain text of an HTML document, which suggestions' offsets index. jsoup parses it as a browser
 * would (repairing what is not well formed) and decodes entities; runs of white space become one
 * space, block elements are paragraphs separated by a blank line, {@code <br>} a line break, and
 * script, style and template contents are left out.
 */
final class DocumentText {

	private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "dd", "div", "dl",
			"dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
			"nav", "ol", "p", "pre", "section", "table", "td", "th", "title", "tr", "ul");

	private static final Set<String> HIDDEN = Set.of("script", "style", "template", "noscript", "head");

	private DocumentText() {
	}

	static String ofHtml(String html) {
		org.jsoup.nodes.Document document = Jsoup.parse(html);
		Builder out = new Builder();
		NodeTraversor.traverse(new NodeVisitor() {

			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode text && !hidden(text)) {
					out.text(text.getWholeText());
				}
				else if (node instanceof Element element) {
					if (element.nameIs("br")) {
						out.lineBreak();
					}
					else if (BLOCKS.contains(element.normalName())) {
						out.paragraph();
					}
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
					out.paragraph();
				}
			}

		}, document);
		return out.toString();
	}

	// The title is in head, whose other contents (scripts, styles, metadata) are not text of the document.
	private static boolean hidden(TextNode text) {
		for (Node parent = text.parent(); parent instanceof Element element; parent = parent.parent()) {
			if (element.nameIs("title")) {
				return false;
			}
			if (HIDDEN.contains(element.normalName())) {
				return true;
			}
		}
		return false;
	}

	/** Collapses white space and defers breaks until the next character, so none leads or trails. */
	private static final class Builder {

		private final StringBuilder text = new StringBuilder();

		private boolean space;

		private int breaks;

		void text(String raw) {
			for (int i = 0; i < raw.length(); i++) {
				char c = raw.charAt(i);
				if (Character.isWhitespace(c) || c == '\u00A0') {
					this.space = true;
					continue;
				}
				if (!this.text.isEmpty()) {
					if (this.breaks > 0) {
						this.text.append(this.breaks > 1 ? "\n\n" : "\n");
					}
					else if (this.space) {
						this.text.append(' ');
					}
				}
				this.space = false;
				this.breaks = 0;
				this.text.append(c);
			}
		}

		void lineBreak() {
			this.breaks = Math.max(this.breaks, 1);
		}

		void paragraph() {
			this.breaks = 2;
		}

		@Override
		public String toString() {
			return this.text.toString();
		}

	}

}
