package org.tradeline.security;

import org.tradeline.problem.InvalidUtf8Exception;

/**
 * Holds a byte stream to UTF-8 as RFC 3629 defines it, as it passes: no overlong form (C0 AF for
 * "/"), no encoded surrogate, nothing past U+10FFFF, no stray or missing continuation byte. JSON
 * parsers check only part of this (Jackson decodes an overlong form to the character it spells),
 * and what they let through would be stored as if it had been sent well-formed.
 */
final class Utf8Check {

	/** Continuation bytes the current sequence still needs. */
	private int needed;

	/** The range the next continuation byte must be in: narrower than 80..BF right after some leads. */
	private int low = 0x80;

	private int high = 0xBF;

	private long position;

	/** Checks the next bytes of the stream, as a read gave them: a negative length is its end. */
	void update(byte[] bytes, int offset, int length) throws InvalidUtf8Exception {
		if (length < 0) {
			finish();
		}
		for (int i = offset; i < offset + length; i++) {
			update(bytes[i] & 0xFF);
		}
	}

	/** Checks the next byte of the stream, as a read gave it: a negative one is its end. */
	void update(int b) throws InvalidUtf8Exception {
		if (b < 0) {
			finish();
			return;
		}
		if (this.needed > 0) {
			if (b < this.low || b > this.high) {
				throw invalid();
			}
			this.needed--;
			this.low = 0x80;
			this.high = 0xBF;
		}
		else if (b >= 0x80) {
			lead(b);
		}
		this.position++;
	}

	/** At the end of the stream: a sequence cut short is malformed too. */
	void finish() throws InvalidUtf8Exception {
		if (this.needed > 0) {
			throw invalid();
		}
	}

	private void lead(int b) throws InvalidUtf8Exception {
		if (b >= 0xC2 && b <= 0xDF) {
			this.needed = 1;
		}
		else if (b >= 0xE0 && b <= 0xEF) {
			this.needed = 2;
			if (b == 0xE0) {
				this.low = 0xA0; // below: an overlong form of U+0000..U+07FF
			}
			else if (b == 0xED) {
				this.high = 0x9F; // above: a surrogate, U+D800..U+DFFF
			}
		}
		else if (b >= 0xF0 && b <= 0xF4) {
			this.needed = 3;
			if (b == 0xF0) {
				this.low = 0x90; // below: an overlong form of U+0000..U+FFFF
			}
			else if (b == 0xF4) {
				this.high = 0x8F; // above: past U+10FFFF
			}
		}
		else {
			// 80..BF without a lead, C0 and C1 (overlong forms of ASCII), F5..FF (past U+10FFFF).
			throw invalid();
		}
	}

	private InvalidUtf8Exception invalid() {
		return new InvalidUtf8Exception(this.position);
	}

}
