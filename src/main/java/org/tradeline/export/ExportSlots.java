package org.tradeline.export;

import java.time.Duration;
import java.util.concurrent.Semaphore;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * The few slots that whole-timeline answers (the unpaged exports and the embeddable page) share.
 * Each holds up to {@code tradeline.export.max-events} events in memory and a database connection
 * while it computes, so a burst of them could otherwise starve the connection pool and the heap
 * that every other read needs. A request finding every slot taken is answered 503 with Retry-After
 * at once: waiting would only hold a server thread and the client's connection for nothing.
 * <p>
 * A slot is held until the answer is written, so memory stays bounded by slots times the cap even
 * for slow readers; a reader that stops reading is cut off by the container's write timeout.
 */
@Component
public class ExportSlots {

	private final Semaphore slots;

	private final int size;

	private final Duration retryAfter;

	private final MeterRegistry meters;

	private final DistributionSummary events;

	private final Counter refusals;

	ExportSlots(ExportProperties properties, MeterRegistry meters) {
		this.size = properties.export().concurrency();
		this.slots = new Semaphore(this.size);
		this.retryAfter = properties.export().retryAfter();
		this.meters = meters;
		this.events = DistributionSummary.builder("tradeline.export.events")
			.description("Events in a whole-timeline answer")
			.register(meters);
		this.refusals = Counter.builder("tradeline.export.refusals")
			.description("Whole-timeline answers refused because every slot was taken")
			.register(meters);
	}

	/** Takes a slot, to be closed when the answer is written, or fails with a 503 when none is free. */
	public Slot take() {
		if (!this.slots.tryAcquire()) {
			this.refusals.increment();
			throw new Busy(this.size, Math.max(1, this.retryAfter.toSeconds()));
		}
		return new Slot(Timer.start(this.meters));
	}

	/** Held while a whole-timeline answer is computed and written; how long is timed. */
	public final class Slot implements AutoCloseable {

		private final Timer.Sample held;

		private boolean released;

		private Slot(Timer.Sample held) {
			this.held = held;
		}

		/** How many events the answer holds, for the size metric. */
		public void answered(int events) {
			ExportSlots.this.events.record(events);
		}

		@Override
		public void close() {
			if (!this.released) {
				this.released = true;
				ExportSlots.this.slots.release();
				this.held.stop(Timer.builder("tradeline.export.duration")
					.description("Time a whole-timeline answer held its slot, reading and writing")
					.register(ExportSlots.this.meters));
			}
		}

	}

	/** Answered through the one problem handler like Spring MVC's own errors (it is an ErrorResponse). */
	static final class Busy extends ErrorResponseException {

		Busy(int size, long retryAfterSeconds) {
			super(HttpStatus.SERVICE_UNAVAILABLE, problem(size, retryAfterSeconds), null);
			getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
		}

		private static ProblemDetail problem(int size, long retryAfterSeconds) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
					"All " + size + " slots for whole-timeline exports are in use; try again after " + retryAfterSeconds
							+ " seconds.");
			problem.setTitle("Service unavailable");
			return problem;
		}

	}

}
