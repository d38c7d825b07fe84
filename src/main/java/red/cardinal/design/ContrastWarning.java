package red.cardinal.design;

/**
 * A pair of a design's colours below WCAG AA: {@code field} on {@code against} reaches only
 * {@code ratio} of the {@code required} 4.5 : 1; {@code suggestion} is the nearest colour that passes.
 */
public record ContrastWarning(String field, String against, double ratio, double required, String suggestion) {
}
