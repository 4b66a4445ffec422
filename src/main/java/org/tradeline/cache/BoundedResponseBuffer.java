package org.tradeline.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.function.BooleanSupplier;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Holds a response body in memory up to a limit, so a filter can look at it (hash it, keep it)
 * before it goes out; past the limit it sends what it holds and lets the rest stream through, so no
 * answer (a 10,000-event export) is ever held whole. Headers go straight to the wrapped response.
 */
final class BoundedResponseBuffer extends HttpServletResponseWrapper {

	private final int limit;

	private final BooleanSupplier beforeOverflow;

	private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

	private boolean overflowed;

	private boolean dropped;

	private long contentLength = -1;

	private ServletOutputStream stream;

	private PrintWriter writer;

	/**
	 * @param beforeOverflow runs once, when the body outgrows the limit and before any of it is sent:
	 * the last moment to set headers, to refuse the answer by throwing, or to answer without the body
	 * (a 304) by returning false, after which the rest of it is dropped as it comes
	 */
	BoundedResponseBuffer(HttpServletResponse response, int limit, BooleanSupplier beforeOverflow) {
		super(response);
		this.limit = limit;
		this.beforeOverflow = beforeOverflow;
	}

	/** Whether the body outgrew the limit and was (or is being) sent, or dropped, as it came. */
	boolean overflowed() {
		return this.overflowed;
	}

	/** The body, while it is held; only meaningful when it has not overflowed. */
	byte[] body() {
		flushWriter();
		return this.buffer.toByteArray();
	}

	/** Sends what is held (if anything) to the wrapped response. */
	void sendBody(boolean withBody) throws IOException {
		flushWriter();
		if (this.overflowed) {
			getResponse().flushBuffer();
			return;
		}
		byte[] body = this.buffer.toByteArray();
		if (!getResponse().isCommitted()) {
			getResponse().setContentLength(body.length);
		}
		if (withBody && body.length > 0) {
			getResponse().getOutputStream().write(body);
		}
		this.buffer.reset();
	}

	@Override
	public ServletOutputStream getOutputStream() {
		if (this.stream == null) {
			this.stream = new Stream();
		}
		return this.stream;
	}

	@Override
	public PrintWriter getWriter() {
		if (this.writer == null) {
			Charset charset = Charset.forName(getCharacterEncoding());
			this.writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
		}
		return this.writer;
	}

	@Override
	public void setContentLength(int len) {
		setContentLengthLong(len);
	}

	@Override
	public void setContentLengthLong(long len) {
		// The real length is set when the body is sent; a handler's figure only matters if it streams.
		this.contentLength = len;
		if (this.overflowed && !this.dropped) {
			super.setContentLengthLong(len);
		}
	}

	@Override
	public void flushBuffer() throws IOException {
		if (this.overflowed && !this.dropped) {
			flushWriter();
			super.flushBuffer();
		}
	}

	@Override
	public void resetBuffer() {
		if (!this.overflowed) {
			this.buffer.reset();
		}
		super.resetBuffer();
	}

	@Override
	public void reset() {
		if (!this.overflowed) {
			this.buffer.reset();
			this.contentLength = -1;
		}
		super.reset();
	}

	private void flushWriter() {
		if (this.writer != null) {
			this.writer.flush();
		}
	}

	private void write(byte[] bytes, int offset, int length) throws IOException {
		if (!this.overflowed && this.buffer.size() + length > this.limit) {
			// Should it throw, nothing was sent and the body is still held, so the error can replace it.
			this.dropped = !this.beforeOverflow.getAsBoolean();
			this.overflowed = true;
			if (this.contentLength >= 0 && !this.dropped) {
				super.setContentLengthLong(this.contentLength);
			}
			if (!this.dropped) {
				this.buffer.writeTo(getResponse().getOutputStream());
			}
			this.buffer.reset();
		}
		if (this.overflowed && !this.dropped) {
			getResponse().getOutputStream().write(bytes, offset, length);
		}
		else {
			this.buffer.write(bytes, offset, length);
		}
	}

	private final class Stream extends ServletOutputStream {

		@Override
		public void write(int b) throws IOException {
			BoundedResponseBuffer.this.write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			BoundedResponseBuffer.this.write(b, off, len);
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setWriteListener(WriteListener listener) {
			throw new UnsupportedOperationException("Buffered responses are written synchronously");
		}

	}

}
