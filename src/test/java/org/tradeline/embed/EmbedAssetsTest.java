package org.tradeline.embed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The embed page's stylesheet travels gzipped to browsers that ask, over the real server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("database")
class EmbedAssetsTest {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Test
	void theStylesheetIsGzippedForClientsThatAsk() throws Exception {
		String page = new String(get("/embed/timeline", "identity").body());
		Matcher href = Pattern.compile("href=\"([^\"]+\\.css)\"").matcher(page);
		assertThat(href.find()).as(page).isTrue();
		String css = URI.create("http://localhost:" + this.port + "/embed/timeline").resolve(href.group(1)).getPath();

		HttpResponse<byte[]> plain = get(css, "identity");
		HttpResponse<byte[]> gzipped = get(css, "gzip");
		assertThat(plain.statusCode()).isEqualTo(200);
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gunzip(gzipped.body())).isEqualTo(plain.body());
		assertThat(gzipped.body().length).isLessThan(plain.body().length);
	}

	private HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept-Encoding", acceptEncoding)
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static byte[] gunzip(byte[] bytes) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
			return in.readAllBytes();
		}
	}

}
