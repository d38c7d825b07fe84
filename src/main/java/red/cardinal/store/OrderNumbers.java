package red.cardinal.store;

import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Component;

/** New order numbers: six characters without 0/O, 1/I/L, so they read out loud and type back without mistakes. */
@Component
class OrderNumbers {

	private static final String LETTERS = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	/** A random number; unique per card only by the constraint that {@link Ordering} retries on. */
	String next() {
		var random = ThreadLocalRandom.current();
		var number = new StringBuilder(6);
		for (int i = 0; i < 6; i++) {
			number.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
		}
		return number.toString();
	}
}
