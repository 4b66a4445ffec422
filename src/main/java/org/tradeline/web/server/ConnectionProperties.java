package org.tradeline.web.server;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * tradeline.connections.*: limits on client connections that Tomcat has no setting for.
 *
 * @param requestHeadTimeout longest a request head (request line and headers) may take to arrive,
 * however steadily its bytes trickle in; 0 for none
 * @param maxPerClient most connections one client address may hold open at once; 0 for no cap.
 * Counted by the connecting peer, so behind a reverse proxy it caps the proxy: raise it above the
 * proxy's connection pool or set 0 and let the proxy enforce per-client limits
 */
@ConfigurationProperties("tradeline.connections")
record ConnectionProperties(@DefaultValue("20s") Duration requestHeadTimeout, @DefaultValue("64") int maxPerClient) {
}
