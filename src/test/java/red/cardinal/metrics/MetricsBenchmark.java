package red.cardinal.metrics;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * What metrics add to one card view: the HTTP server observation (a timer per route template,
 * into Prometheus) and the card-events counter, against the same filter with observation off
 * (metrics off: a no-op registry); {@code on-without-active} leaves out the long-task timer of
 * requests in flight ({@code management.metrics.observations.ignored-meters=long-task-timer}). The
 * request and response are mocks made per call in each, so the difference is the metrics' own work. Run: {@code bench/run.sh MetricsBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MetricsBenchmark {

	@Param({ "off", "on", "on-without-active" })
	String metrics;

	ServerHttpObservationFilter filter;

	Counter views;

	@Setup
	public void setUp() {
		ObservationRegistry observations = ObservationRegistry.NOOP;
		var prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
		if (!metrics.equals("off")) {
			observations = ObservationRegistry.create();
			observations.observationConfig().observationHandler(metrics.equals("on") ? new DefaultMeterObservationHandler(prometheus)
					: new DefaultMeterObservationHandler(prometheus, DefaultMeterObservationHandler.IgnoredMeters.LONG_TASK_TIMER));
		}
		filter = new ServerHttpObservationFilter(observations);
		views = new io.micrometer.core.instrument.composite.CompositeMeterRegistry().counter("cardinal.card.events", "type", "view");
		if (!metrics.equals("off")) {
			views = prometheus.counter("cardinal.card.events", "type", "view");
		}
	}

	@Benchmark
	public int cardView() throws Exception {
		var request = new MockHttpServletRequest("GET", "/ana-lopez");
		var response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
			@Override
			protected void service(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res) {
				ServerHttpObservationFilter.findObservationContext(req).ifPresent(context -> context.setPathPattern("/{slug}"));
				views.increment();
				res.setStatus(200);
			}
		}));
		return response.getStatus();
	}
}
