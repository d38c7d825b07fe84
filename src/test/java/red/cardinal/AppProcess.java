package red.cardinal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged app as a process of its own, on loopback and a port the OS picks, for tests of
 * faults a process in the test's JVM can't have (SIGKILL). Its output goes to
 * {@code target/app-processes/}; closing it kills it.
 */
final class AppProcess implements AutoCloseable {

	private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

	private final Process process;

	private final String url;

	private AppProcess(Process process, String url) {
		this.process = process;
		this.url = url;
	}

	/** Starts the jar on the data directory and waits until it answers (at most two minutes). */
	static AppProcess start(Path jar, Path dataDir, List<String> arguments) throws Exception {
		var started = new CompletableFuture<String>();
		List<String> options = new ArrayList<>(List.of("--server.port=0", "--cardinal.demo.enabled=false"));
		options.addAll(arguments);
		Process process = run(jar, dataDir, options, started);
		try {
			String port = started.get(120, TimeUnit.SECONDS);
			return new AppProcess(process, "http://127.0.0.1:" + port);
		}
		catch (Exception e) {
			process.destroyForcibly().waitFor();
			throw new IllegalStateException("The app did not start; see target/app-processes/", e);
		}
	}

	/**
	 * Starts the jar on the given port, the demo card on as in a first start, and returns at once:
	 * for tests of what the port answers from the first moment it accepts a connection.
	 */
	static AppProcess launch(Path jar, Path dataDir, int port, List<String> arguments) throws IOException {
		List<String> options = new ArrayList<>(List.of("--server.port=" + port));
		options.addAll(arguments);
		return new AppProcess(run(jar, dataDir, options, new CompletableFuture<>()), "http://127.0.0.1:" + port);
	}

	/** The options that run the app on a database of {@link TestDatabases#postgresDatabase}. */
	static List<String> onPostgres(String url) {
		return List.of("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
				"--spring.datasource.password=");
	}

	/** A port no one listens on now, for {@link #launch}. */
	static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static Process run(Path jar, Path dataDir, List<String> options, CompletableFuture<String> started)
			throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-jar", jar.toString(), "--server.address=127.0.0.1", "--cardinal.data-dir=" + dataDir));
		command.addAll(options);
		Path logs = Files.createDirectories(Path.of("target", "app-processes"));
		Path log = Files.createTempFile(logs, "app-", ".log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		var follower = new Thread(() -> follow(process, log, started), "app-process-output");
		follower.setDaemon(true);
		follower.start();
		return process;
	}

	/** Copies the output to the log, and completes {@code started} with the port once the app is up. */
	private static void follow(Process process, Path log, CompletableFuture<String> started) {
		String port = null;
		try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
				var out = new PrintWriter(Files.newBufferedWriter(log), true)) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				out.println(line);
				Matcher matcher = PORT.matcher(line);
				if (matcher.find()) {
					port = matcher.group(1);
				}
				if (port != null && line.contains("Started CardinalApplication")) {
					started.complete(port);
				}
			}
		}
		catch (IOException e) {
			started.completeExceptionally(e);
		}
		started.completeExceptionally(new IllegalStateException("the process ended before it started"));
	}

	String url() {
		return url;
	}

	boolean isAlive() {
		return process.isAlive();
	}

	/** SIGTERM, as a service manager stops it: waits for the process to end (at most a minute). */
	void stop() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			throw new IllegalStateException("the app did not stop within a minute of SIGTERM");
		}
	}

	/** SIGKILL: no shutdown hook, no flush, no goodbye. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor();
	}

	@Override
	public void close() throws InterruptedException {
		kill();
	}
}
