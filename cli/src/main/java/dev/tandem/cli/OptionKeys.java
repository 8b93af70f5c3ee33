package dev.tandem.cli;

import dev.tandem.core.strategy.MatchingStrategy;
import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Checks the keys of {@code --option KEY=VALUE} against what the chosen strategies read
 * ({@link MatchingStrategy#settingKeys()}): a key no strategy of the run reads is a typo and is
 * refused, listing the valid keys. Values are the strategies' to check; they name the key
 * ({@code settings.lateAcceptanceSize: "many" is not an integer}).
 *
 * <p>Guarantee: throws a {@link ParameterException} (exit 2) naming every unknown key at once.
 */
final class OptionKeys {
  private OptionKeys() {}

  static void check(CommandLine cl, Map<String, String> settings, Collection<MatchingStrategy> strategies) {
    TreeSet<String> valid = new TreeSet<>();
    strategies.forEach(s -> valid.addAll(s.settingKeys()));
    TreeSet<String> unknown = new TreeSet<>(settings.keySet());
    unknown.removeAll(valid);
    if (unknown.isEmpty()) {
      return;
    }
    String names = strategies.stream().map(MatchingStrategy::name).collect(Collectors.joining(", "));
    String which = unknown.stream().map(k -> "'" + k + "'").collect(Collectors.joining(", "));
    throw new ParameterException(cl, (unknown.size() == 1 ? "unknown --option key " : "unknown --option keys ") + which
        + (strategies.size() == 1 ? " for strategy " : " for strategies ") + names + "; "
        + (valid.isEmpty() ? "they take no --option keys" : "valid keys: " + String.join(", ", valid)));
  }
}
