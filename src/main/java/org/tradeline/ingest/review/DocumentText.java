package org.tradeline.ingest.review;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.tradeline.web.Text;

/**
 * The plain text of an HTML document, which suggestions' offsets index. jsoup parses it as a browser
 * would (repairing what is not well formed) and decodes entities; runs of white space become one
 * space, block elements are paragraphs separated by a blank line, {@code <br>} a line break, and
 * script, style and template contents are left out. The text obeys the rule of every stored string
 * ({@link Text#forbiddenAt}) however the HTML spells its characters: a numeric character reference to a
 * surrogate becomes U+FFFD as the HTML standard says (jsoup, which already does so for 0 and past
 * U+10FFFF, would decode it as the surrogate), and any other character the rule forbids that a reference
 * decodes to (a control, U+FFFE, U+FFFF) becomes U+FFFD too, so a page with a stray reference is read
 * rather than refused. The HTML sent cannot hold those characters as such: the request rules refuse them.
 */
final class DocumentText {

	private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "dd", "div", "dl",
			"dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
			"nav", "ol", "p", "pre", "section", "table", "td", "th", "title", "tr", "ul");

	private static final Set<String> HIDDEN = Set.of("script", "style", "template", "noscript", "head");

	private DocumentText() {
	}

	static String ofHtml(String html) {
		org.jsoup.nodes.Document document = Jsoup.parse(withoutSurrogateReferences(html));
		Builder out = new Builder();
		NodeTraversor.traverse(new NodeVisitor() {

			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode text && !hidden(text)) {
					out.text(allowed(text.getWholeText()));
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

	/**
	 * The HTML with each numeric character reference to a surrogate (U+D800 to U+DFFF, in any of its
	 * spellings: hex or decimal, leading zeros, with or without the semicolon) written as one to U+FFFD,
	 * which is what the standard decodes it to; so two in a row are two U+FFFD, not the character the
	 * pair would make. Where the tokenizer decodes no reference the rewrite is not decoded either: in
	 * comments, scripts and styles it is not text here, and in the rare {@code xmp} or {@code plaintext}
	 * it reads as {@code &#xFFFD;}.
	 */
	private static String withoutSurrogateReferences(String html) {
		StringBuilder out = null;
		int copied = 0;
		for (int at = html.indexOf("&#"); at >= 0; at = html.indexOf("&#", at + 2)) {
			int i = at + 2;
			int radix = (i < html.length() && (html.charAt(i) == 'x' || html.charAt(i) == 'X')) ? 16 : 10;
			int digits = (radix == 16) ? ++i : i;
			int value = 0;
			for (int digit; i < html.length() && (digit = asciiDigit(html.charAt(i), radix)) >= 0; i++) {
				// Past U+10FFFF it stays past (jsoup decodes that to U+FFFD), without overflowing.
				value = Math.min(value * radix + digit, Character.MAX_CODE_POINT + 1);
			}
			if (i == digits || value < Character.MIN_SURROGATE || value > Character.MAX_SURROGATE) {
				continue;
			}
			if (i < html.length() && html.charAt(i) == ';') {
				i++;
			}
			out = (out != null) ? out : new StringBuilder(html.length());
			out.append(html, copied, at).append("&#xFFFD;");
			copied = i;
		}
		return (out != null) ? out.append(html, copied, html.length()).toString() : html;
	}

	private static int asciiDigit(char c, int radix) {
		return (c < 0x80) ? Character.digit(c, radix) : -1;
	}

	/**
	 * The text with each character that {@link Text#forbiddenAt} refuses as U+FFFD, except form feed:
	 * HTML white space, which collapses into a space as the rest does.
	 */
	private static String allowed(String text) {
		if (Text.isAllowed(text)) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			String character = Character.toString(c);
			out.append((c == '\f' || Text.isAllowed(character)) ? character : "\uFFFD");
		});
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
