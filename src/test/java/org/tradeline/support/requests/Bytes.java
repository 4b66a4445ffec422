package org.tradeline.support.requests;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

final class Bytes {

	private Bytes() {
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

}
