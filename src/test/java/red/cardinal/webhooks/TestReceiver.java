package red.cardinal.webhooks;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/** A real HTTP endpoint on 127.0.0.1 that records what it gets and answers with the statuses it is given, then 200. */
final class TestReceiver implements AutoCloseable {

	record Received(String id, String timestamp, String signature, String body) {
	}

	private final HttpServer server;
	private final List<Received> received = new CopyOnWriteArrayList<>();
	private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();
	private volatile int otherwise = 200;

	TestReceiver() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/hook", exchange -> {
			var headers = exchange.getRequestHeaders();
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			received.add(new Received(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
					headers.getFirst("webhook-signature"), body));
			Integer status = answers.poll();
			byte[] answer = "x".repeat(100_000).getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(status == null ? otherwise : status, answer.length);
			try (var out = exchange.getResponseBody()) {
				out.write(answer);
			}
			catch (IOException e) {
				// the sender closes the answer unread: that is the point
			}
		});
		server.start();
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
	}

	/** Answers the next requests with these statuses, in order. */
	TestReceiver answering(Integer... statuses) {
		answers.addAll(List.of(statuses));
		return this;
	}

	/** Answers every request with this status (once the queued ones are used). */
	TestReceiver always(int status) {
		otherwise = status;
		return this;
	}

	List<Received> received() {
		return List.copyOf(received);
	}

	List<Received> of(String webhookId) {
		return received.stream().filter(r -> webhookId.equals(r.id())).toList();
	}

	Map<String, Long> countsById() {
		return received.stream().collect(java.util.stream.Collectors.groupingBy(Received::id,
				java.util.stream.Collectors.counting()));
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
