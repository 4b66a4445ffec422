package org.tradeline.support.requests;

import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

/**
 * The application's log as it is written, seen through an appender on the root logger: which
 * lines since the last look carry a stack trace or are ERRORs. A client's mistake must write
 * neither.
 */
public final class LogWatch extends AppenderBase<ILoggingEvent> implements AutoCloseable {

	private final List<ILoggingEvent> seen = new ArrayList<>();

	private final Logger root;

	private int stackTraces;

	private int errors;

	private int lines;

	private LogWatch() {
		this.root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
		setName("generated-requests-log-watch");
		setContext(this.root.getLoggerContext());
	}

	/** Starts watching the root logger; close() stops. */
	public static LogWatch attach() {
		LogWatch watch = new LogWatch();
		watch.start();
		watch.root.addAppender(watch);
		return watch;
	}

	@Override
	protected synchronized void append(ILoggingEvent event) {
		this.lines++;
		if (event.getThrowableProxy() != null) {
			this.stackTraces++;
		}
		if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
			this.errors++;
		}
		if (event.getThrowableProxy() != null || event.getLevel().isGreaterOrEqual(Level.ERROR)) {
			event.prepareForDeferredProcessing();
			this.seen.add(event);
		}
	}

	/** The lines with a stack trace or at ERROR written since the last call, as one-line summaries. */
	synchronized List<String> drain() {
		List<String> out = this.seen.stream().map(LogWatch::summary).toList();
		this.seen.clear();
		return out;
	}

	synchronized String report() {
		return this.lines + " log lines, " + this.stackTraces + " with a stack trace, " + this.errors + " at ERROR";
	}

	private static String summary(ILoggingEvent event) {
		StringBuilder line = new StringBuilder(event.getLevel() + " " + event.getLoggerName() + ": "
				+ Oracle.abbreviate(event.getFormattedMessage()));
		for (IThrowableProxy cause = event.getThrowableProxy(); cause != null; cause = cause.getCause()) {
			line.append(" | stack trace of ").append(cause.getClassName()).append(": ")
				.append(Oracle.abbreviate(String.valueOf(cause.getMessage())));
		}
		return line.toString();
	}

	@Override
	public void close() {
		this.root.detachAppender(this);
		stop();
	}

}
