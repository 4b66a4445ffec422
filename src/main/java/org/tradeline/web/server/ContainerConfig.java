package org.tradeline.web.server;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.tradeline.problem.ContainerErrorReport;

/**
 * Tomcat settings no property covers. The limits Boot binds (header size, timeouts, connections)
 * are properties in application.properties; this makes the container's own error answers
 * problem+json, adds the request-head deadline and the per-client connection cap
 * ({@link GuardedNioProtocol}, tradeline.connections.*), and stops the container from ever parsing
 * a form body into request parameters (no endpoint takes one; see BodyLimitFilter).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConnectionProperties.class)
class ContainerConfig {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> guardedConnector(ConnectionProperties limits) {
		return factory -> {
			factory.setProtocol(GuardedNioProtocol.class.getName());
			factory.addConnectorCustomizers(connector -> {
				// No method's body is parsed as form parameters: a parameter comes from the query only.
				connector.setParseBodyMethods("");
				if (connector.getProtocolHandler() instanceof GuardedNioProtocol protocol) {
					protocol.setRequestHeadTimeout(limits.requestHeadTimeout());
					protocol.setMaxConnectionsPerClient(limits.maxPerClient());
				}
			});
		};
	}

	@Bean
	ProblemErrorReportCustomizer problemErrorReportCustomizer() {
		return new ProblemErrorReportCustomizer();
	}

	/** Ordered after Boot's own customizer, whose HTML error report valve it replaces. */
	static final class ProblemErrorReportCustomizer
			implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

		@Override
		public void customize(ConfigurableTomcatWebServerFactory factory) {
			factory.addContextCustomizers(context -> {
				StandardHost host = (StandardHost) context.getParent();
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve) {
						host.getPipeline().removeValve(valve);
					}
				}
				host.getPipeline().addValve(new ContainerErrorReport());
				// On start the host adds a valve of this class unless it finds one already.
				host.setErrorReportValveClass(ContainerErrorReport.class.getName());
			});
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
