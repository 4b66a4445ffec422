package org.tradeline.security;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.tradeline.problem.InvalidUtf8Exception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The check against the JDK's own UTF-8 decoder, which reports what RFC 3629 forbids: the same
 * verdict on every sequence, whole or fed in pieces.
 */
class Utf8CheckTest {

	@Test
	void agreesWithTheJdkDecoderOnTheEdgesOfEveryRange() {
		for (String hex : new String[] { "41", "7f", "c280", "c2bf", "dfbf", "e0a080", "e09fbf", "e0bfbf", "ed9fbf",
				"eda080", "edbfbf", "ee8080", "efbfbf", "f0908080", "f08fbfbf", "f48fbfbf", "f4908080", "f5808080", "c0af",
				"c1bf", "80", "bf", "ff", "fe", "c3", "e282", "f09d84", "c341", "e28241", "f09d8441", "e2ac82" }) {
			byte[] bytes = HexFormat.of().parseHex(hex);
			assertThat(accepts(bytes)).as(hex).isEqualTo(jdkAccepts(bytes));
		}
	}

	@Test
	void agreesWithTheJdkDecoderOnRandomBytesFedInPieces() {
		Random random = new Random(20251201);
		int refused = 0;
		for (int run = 0; run < 20_000; run++) {
			byte[] bytes = new byte[1 + random.nextInt(12)];
			for (int i = 0; i < bytes.length; i++) {
				// Mostly bytes that lead or continue a sequence, where the rules are.
				bytes[i] = (byte) (random.nextInt(4) == 0 ? random.nextInt(0x80) : 0x80 + random.nextInt(0x80));
			}
			boolean jdk = jdkAccepts(bytes);
			refused += jdk ? 0 : 1;
			assertThat(accepts(bytes)).as(HexFormat.of().formatHex(bytes)).isEqualTo(jdk);
		}
		assertThat(refused).as("malformed samples").isBetween(1_000, 19_900);
	}

	@Test
	void namesTheByteWhereTheStreamBreaks() throws Exception {
		Utf8Check check = new Utf8Check();
		check.update("ok ".getBytes(StandardCharsets.UTF_8), 0, 3);
		assertThatThrownBy(() -> check.update(0xC0)).isInstanceOf(InvalidUtf8Exception.class)
			.hasMessageEndingWith("at byte 3");
	}

	/** Fed one byte, then the rest in one piece, then the end of the stream. */
	private static boolean accepts(byte[] bytes) {
		Utf8Check check = new Utf8Check();
		try {
			check.update(bytes[0] & 0xFF);
			check.update(bytes, 1, bytes.length - 1);
			check.finish();
			return true;
		}
		catch (InvalidUtf8Exception ex) {
			return false;
		}
	}

	private static boolean jdkAccepts(byte[] bytes) {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

}
