package dev.tandem.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a duration such as {@code 30s}, {@code 500ms}, {@code 2m}, {@code 1h}, {@code 1m30s} or
 * ISO-8601 {@code PT30S}.
 *
 * <p>Guarantee: accepts only positive durations; anything else is a usage error naming the text.
 */
final class DurationConverter implements ITypeConverter<Duration> {
  private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h)");

  @Override
  public Duration convert(String value) {
    return parse(value);
  }

  static Duration parse(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    Duration d = Duration.ZERO;
    if (v.startsWith("pt")) {
      try {
        d = Duration.parse(v.toUpperCase(Locale.ROOT));
      } catch (DateTimeParseException e) {
        throw invalid(value);
      }
    } else {
      Matcher m = PART.matcher(v);
      int at = 0;
      while (at < v.length() && m.find(at) && m.start() == at) {
        long n = Long.parseLong(m.group(1));
        d = d.plus(switch (m.group(2)) {
          case "ms" -> Duration.ofMillis(n);
          case "s" -> Duration.ofSeconds(n);
          case "m" -> Duration.ofMinutes(n);
          default -> Duration.ofHours(n);
        });
        at = m.end();
      }
      if (at != v.length() || v.isEmpty()) {
        throw invalid(value);
      }
    }
    if (d.isZero() || d.isNegative()) {
      throw invalid(value);
    }
    return d;
  }

  private static TypeConversionException invalid(String value) {
    return new TypeConversionException("'" + value + "' is not a duration (e.g. 30s, 500ms, 2m, 1m30s)");
  }
}
