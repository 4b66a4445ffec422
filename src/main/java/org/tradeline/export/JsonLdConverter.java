package org.tradeline.export;

import java.io.IOException;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Writes {@link JsonLd} documents for pasting into {@code <script type="application/ld+json">}:
 * {@code <}, {@code >} and {@code &} become the JSON escapes {@code \\u003c}, {@code \\u003e} and
 * {@code \\u0026}, so no title or summary can close the script element or open a comment there.
 * The JSON is the same to any JSON parser. Uses the application's JSON mapper, so the document
 * is otherwise written exactly as every other answer is (it is not a Jackson converter of its own,
 * which would make Boot drop its configured one).
 */
class JsonLdConverter extends AbstractHttpMessageConverter<JsonLd> {

	static final CharacterEscapes SCRIPT_SAFE = new CharacterEscapes() {

		private final int[] ascii = ascii();

		private static int[] ascii() {
			int[] escapes = CharacterEscapes.standardAsciiEscapesForJSON();
			escapes['<'] = CharacterEscapes.ESCAPE_CUSTOM;
			escapes['>'] = CharacterEscapes.ESCAPE_CUSTOM;
			escapes['&'] = CharacterEscapes.ESCAPE_CUSTOM;
			return escapes;
		}

		@Override
		public int[] getEscapeCodesForAscii() {
			return this.ascii;
		}

		@Override
		public SerializableString getEscapeSequence(int ch) {
			return new SerializedString(String.format("\\u%04x", ch));
		}

	};

	private final ObjectWriter writer;

	JsonLdConverter(JsonMapper mapper) {
		super(MediaType.parseMediaType(JsonLd.MEDIA_TYPE));
		this.writer = mapper.writerFor(JsonLd.class).with(SCRIPT_SAFE);
	}

	@Override
	protected boolean supports(Class<?> clazz) {
		return JsonLd.class == clazz;
	}

	@Override
	protected boolean canRead(MediaType mediaType) {
		return false;
	}

	@Override
	protected JsonLd readInternal(Class<? extends JsonLd> clazz, HttpInputMessage input) {
		throw new HttpMessageNotReadableException("JSON-LD is only written", input);
	}

	@Override
	protected void writeInternal(JsonLd document, HttpOutputMessage output) throws IOException {
		this.writer.writeValue(output.getBody(), document);
	}

}
