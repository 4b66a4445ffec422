package org.tradeline.web.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.apache.coyote.AbstractProcessor;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.NioChannel;
import org.apache.tomcat.util.net.NioEndpoint;
import org.apache.tomcat.util.net.SocketEvent;
import org.apache.tomcat.util.net.SocketWrapperBase;

/**
 * Tomcat's HTTP/1.1 NIO connector with two limits it does not have itself.
 * <ul>
 * <li>A deadline for the whole request head. The connection timeout restarts with every byte, so
 * a client sending one header byte every few seconds would hold its connection for ever; here a
 * connection whose request head (request line and headers) has been arriving for longer than the
 * deadline is closed, as Tomcat closes one that times out.</li>
 * <li>A cap on the connections one client address holds open at once: past it, a new connection
 * from that address is closed as soon as it is accepted, before anything is read from it.</li>
 * </ul>
 * Instantiated by class name (ContainerConfig sets it as the connector's protocol), hence public.
 */
public class GuardedNioProtocol extends Http11NioProtocol {

	public GuardedNioProtocol() {
		super(new GuardedEndpoint());
	}

	/** Zero or negative: no deadline beyond the connection timeout. */
	public void setRequestHeadTimeout(Duration timeout) {
		((GuardedEndpoint) getEndpoint()).headTimeoutNanos = timeout.toNanos();
	}

	/** Zero or negative: no cap beyond max-connections. */
	public void setMaxConnectionsPerClient(int max) {
		((GuardedEndpoint) getEndpoint()).maxPerClient = max;
	}

	static final class GuardedEndpoint extends NioEndpoint {

		private volatile long headTimeoutNanos;

		private volatile int maxPerClient;

		private ScheduledFuture<?> reaper;

		@Override
		public void startInternal() throws Exception {
			super.startInternal();
			if (this.headTimeoutNanos > 0) {
				// As often as Tomcat's poller looks for timeouts.
				this.reaper = getUtilityExecutor().scheduleWithFixedDelay(this::closeSlowHeads, 1, 1, TimeUnit.SECONDS);
			}
		}

		@Override
		public void stopInternal() {
			if (this.reaper != null) {
				this.reaper.cancel(false);
			}
			super.stopInternal();
		}

		@Override
		protected boolean setSocketOptions(SocketChannel socket) {
			int max = this.maxPerClient;
			if (max > 0) {
				String client = address(socket);
				if (client != null
						&& getConnections().stream().filter(open -> client.equals(open.getRemoteAddr())).count() >= max) {
					// Closed here: the acceptor closes only connections it has registered.
					destroySocket(socket);
					return false;
				}
			}
			return super.setSocketOptions(socket);
		}

		/**
		 * A connection waiting for the rest of a request head has its processor parked on it, and the
		 * request's start time is that of the head's first byte. A request being served has no
		 * processor parked (its worker holds it), an idle kept-alive connection none either, and an
		 * asynchronous or upgraded one is excluded: only waiting heads are ever touched here.
		 */
		private void closeSlowHeads() {
			long now = System.nanoTime();
			for (SocketWrapperBase<NioChannel> connection : getConnections()) {
				if (connection.getCurrentProcessor() instanceof AbstractProcessor processor && !processor.isAsync()
						&& !processor.isUpgrade()) {
					long start = processor.getRequest().getStartTimeNanos();
					if (start != -1 && now - start > this.headTimeoutNanos) {
						// What the poller does with a read that timed out.
						connection.setError(new SocketTimeoutException("Request head deadline passed"));
						if (!processSocket(connection, SocketEvent.ERROR, true)) {
							connection.close();
						}
					}
				}
			}
		}

		private static String address(SocketChannel socket) {
			try {
				SocketAddress remote = socket.getRemoteAddress();
				return (remote instanceof InetSocketAddress inet && inet.getAddress() != null)
						? inet.getAddress().getHostAddress() : null;
			}
			catch (IOException ex) {
				return null;
			}
		}

	}

}
