package org.tradeline.support;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/** Terse requests for write tests: one editor token, JSON bodies, If-Match from a fresh GET. */
public final class Api {

	private final MockMvc mvc;

	private final String token;

	public Api(MockMvc mvc, String token) {
		this.mvc = mvc;
		this.token = token;
	}

	public MockHttpServletResponse get(String uri) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.get(uri)
			.with(Editors.bearer(this.token))).andReturn().getResponse();
	}

	public MockHttpServletResponse anonymousGet(String uri) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.get(uri))
			.andReturn()
			.getResponse();
	}

	public String etag(String uri) throws Exception {
		return anonymousGet(uri).getHeader(HttpHeaders.ETAG);
	}

	/** The ETag of the editors' view ({@code state=all}), which drafts and draft claims are part of. */
	public String editorEtag(String uri) throws Exception {
		return get(uri + (uri.contains("?") ? "&" : "?") + "state=all").getHeader(HttpHeaders.ETAG);
	}

	public MockHttpServletResponse post(String uri, String json) throws Exception {
		return send(MockMvcRequestBuilders.post(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	public MockHttpServletResponse put(String uri, String ifMatch, String json) throws Exception {
		MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
		return send(ifMatch(request, ifMatch));
	}

	public MockHttpServletResponse patch(String uri, String ifMatch, String json) throws Exception {
		MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.patch(uri)
			.contentType("application/merge-patch+json")
			.content(json);
		return send(ifMatch(request, ifMatch));
	}

	public MockHttpServletResponse delete(String uri, String ifMatch) throws Exception {
		return send(ifMatch(MockMvcRequestBuilders.delete(uri), ifMatch));
	}

	public MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(Editors.bearer(this.token))).andReturn().getResponse();
	}

	/** The body of an anonymous GET that must answer 200, as UTF-8. */
	public static String ok(MockMvc mvc, String uri) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.get(uri))
			.andExpect(MockMvcResultMatchers.status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	public static <T> T read(MockHttpServletResponse response, String path) throws Exception {
		return JsonPath.read(response.getContentAsString(StandardCharsets.UTF_8), path);
	}

	private static MockHttpServletRequestBuilder ifMatch(MockHttpServletRequestBuilder request, String etag) {
		return (etag != null) ? request.header(HttpHeaders.IF_MATCH, etag) : request;
	}

}
