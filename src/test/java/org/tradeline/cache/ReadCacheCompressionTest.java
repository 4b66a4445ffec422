package org.tradeline.cache;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;

/**
 * Large text answers are kept gzipped too and served so to clients that ask, with a validator of
 * their own; conditional requests work with the tag of either coding.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
@Tag("database")
class ReadCacheCompressionTest {

	@Autowired
	MockMvc mvc;

	private MockHttpServletResponse fetch(String uri, String acceptEncoding) throws Exception {
		return this.mvc.perform(get(uri).header(HttpHeaders.ACCEPT_ENCODING, acceptEncoding)).andReturn().getResponse();
	}

	@Test
	void largeAnswersGoOutGzippedToClientsThatAskWithAnEtagPerCoding() throws Exception {
		for (String uri : new String[] { "/api/v1/events?size=50", "/api/v1/events/geneva-talks",
				"/api/v1/exports/events.csv", "/api/v1/exports/events.ics", "/api/v1/exports/changes.atom",
				"/embed/timeline" }) {
			for (int pass = 0; pass < 2; pass++) {
				String as = uri + ((pass == 0) ? "" : ", from the cache");
				MockHttpServletResponse plain = fetch(uri, "identity");
				MockHttpServletResponse gzipped = fetch(uri, "gzip, deflate, br");
				assertThat(plain.getHeader(HttpHeaders.CONTENT_ENCODING)).as(as).isNull();
				assertThat(gzipped.getHeader(HttpHeaders.CONTENT_ENCODING)).as(as).isEqualTo("gzip");
				assertThat(gunzip(gzipped.getContentAsByteArray())).as(as).isEqualTo(plain.getContentAsByteArray());
				assertThat(gzipped.getContentAsByteArray().length).as(as).isLessThan(plain.getContentAsByteArray().length);
				assertThat(gzipped.getContentLength()).as(as).isEqualTo(gzipped.getContentAsByteArray().length);
				String plainTag = plain.getHeader(HttpHeaders.ETAG);
				String gzipTag = gzipped.getHeader(HttpHeaders.ETAG);
				assertThat(gzipTag).as(as).matches("\"[^\"]+\"").isNotEqualTo(plainTag);
				assertThat(plain.getHeaders(HttpHeaders.VARY)).as(as).contains(HttpHeaders.ACCEPT_ENCODING);
				assertThat(gzipped.getHeaders(HttpHeaders.VARY)).as(as).contains(HttpHeaders.ACCEPT_ENCODING);
				System.out.printf("bytes on the wire %s: %d plain, %d gzip%n", uri, plain.getContentAsByteArray().length,
						gzipped.getContentAsByteArray().length);
			}
		}
	}

	@Test
	void eitherCodingsTagIsAnsweredNotModified() throws Exception {
		String uri = "/api/v1/events?size=40";
		String plainTag = fetch(uri, "identity").getHeader(HttpHeaders.ETAG);
		String gzipTag = fetch(uri, "gzip").getHeader(HttpHeaders.ETAG);
		for (String coding : new String[] { "gzip", "identity" }) {
			for (String tag : new String[] { plainTag, gzipTag, "\"other\", " + gzipTag }) {
				MockHttpServletResponse response = this.mvc
					.perform(get(uri).header(HttpHeaders.ACCEPT_ENCODING, coding).header(HttpHeaders.IF_NONE_MATCH, tag))
					.andReturn()
					.getResponse();
				assertThat(response.getStatus()).as(coding + " " + tag).isEqualTo(HttpStatus.NOT_MODIFIED.value());
				assertThat(response.getContentAsByteArray()).isEmpty();
				assertThat(response.getHeader(HttpHeaders.CONTENT_ENCODING)).isNull();
			}
		}
		MockHttpServletResponse changed = this.mvc
			.perform(get(uri).header(HttpHeaders.ACCEPT_ENCODING, "gzip").header(HttpHeaders.IF_NONE_MATCH, "\"other\""))
			.andReturn()
			.getResponse();
		assertThat(changed.getStatus()).isEqualTo(200);
		assertThat(changed.getHeader(HttpHeaders.ETAG)).isEqualTo(gzipTag);
	}

	@Test
	void aRefusedGzipAndSmallAnswersGoOutPlain() throws Exception {
		assertThat(fetch("/api/v1/events?size=50", "gzip;q=0, identity").getHeader(HttpHeaders.CONTENT_ENCODING)).isNull();
		MockHttpServletResponse small = fetch("/api/v1/topics?size=1", "gzip");
		assertThat(small.getContentAsByteArray().length).isLessThan(CachedAnswer.COMPRESS_FROM_BYTES);
		assertThat(small.getHeader(HttpHeaders.CONTENT_ENCODING)).isNull();
	}

	@Test
	void headTellsTheLengthOfTheCodingAGetWouldSend() throws Exception {
		MockHttpServletResponse got = fetch("/api/v1/events?size=30", "gzip");
		MockHttpServletResponse headed = this.mvc
			.perform(head("/api/v1/events?size=30").header(HttpHeaders.ACCEPT_ENCODING, "gzip"))
			.andReturn()
			.getResponse();
		assertThat(headed.getHeader(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
		assertThat(headed.getContentLength()).isEqualTo(got.getContentAsByteArray().length);
		assertThat(headed.getHeader(HttpHeaders.ETAG)).isEqualTo(got.getHeader(HttpHeaders.ETAG));
	}

	@Test
	void theGzipTagOfADetailIsAcceptedByIfMatch() throws Exception {
		String gzipTag = fetch("/api/v1/events/london-talks", "gzip").getHeader(HttpHeaders.ETAG);
		assertThat(gzipTag).endsWith(ContentCodings.GZIP_TAG_SUFFIX + "\"");
		// A precondition that names the gzipped copy names the same representation; here it holds, so
		// the request gets past it (and fails on the empty patch's validation instead of with 412).
		MockHttpServletResponse response = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch("/api/v1/events/london-talks")
				.with(Editors.bearer(Editors.BOOTSTRAP_ADMIN))
				.header(HttpHeaders.IF_MATCH, gzipTag)
				.contentType("application/merge-patch+json")
				.content("{\"title\":\"\"}"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isNotEqualTo(412).isEqualTo(400);
	}

	private static byte[] gunzip(byte[] body) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return in.readAllBytes();
		}
	}

}
