package red.cardinal.shared;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * An amount in minor units of an ISO 4217 currency (cents for EUR, yen for JPY, fils for KWD),
 * so no price is ever a floating-point number.
 */
public record Money(long minor, Currency currency) {

	public static Money of(long minor, String currencyCode) {
		return new Money(minor, Currency.getInstance(currencyCode));
	}

	/** The currency for an ISO 4217 code, or null when there is none. */
	public static Currency currency(String code) {
		if (code == null || !code.matches("[A-Z]{3}")) {
			return null;
		}
		try {
			return Currency.getInstance(code);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	/**
	 * Minor units from a decimal an owner typed ({@code 12.50}, {@code 12,5}, {@code 1200}), with at most
	 * the currency's fraction digits; null when it is not such a number.
	 */
	public static Long parseMinor(String text, Currency currency) {
		if (text == null || !text.strip().matches("-?\\d{1,13}([.,]\\d+)?")) {
			return null;
		}
		try {
			BigDecimal amount = new BigDecimal(text.strip().replace(',', '.'));
			return amount.movePointRight(Math.max(0, currency.getDefaultFractionDigits())).longValueExact();
		}
		catch (ArithmeticException e) {
			return null;
		}
	}

	/** The amount as a decimal with the currency's own number of fraction digits. */
	public BigDecimal amount() {
		return BigDecimal.valueOf(minor, Math.max(0, currency.getDefaultFractionDigits()));
	}

	/** The amount as people of that locale write money: {@code 1.234,50 €}, {@code ¥1,235}, {@code KWD 1.250}. */
	public String format(Locale locale) {
		NumberFormat format = NumberFormat.getCurrencyInstance(locale);
		format.setCurrency(currency);
		int digits = Math.max(0, currency.getDefaultFractionDigits());
		format.setMinimumFractionDigits(digits);
		format.setMaximumFractionDigits(digits);
		return format.format(amount());
	}
}
