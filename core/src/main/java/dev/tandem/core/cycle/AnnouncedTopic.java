package dev.tandem.core.cycle;

import static java.util.Objects.requireNonNull;

import java.util.OptionalInt;

/**
 * A topic of the topic call: a competence of the catalogue on which management wants input,
 * optionally with a target number of pairs.
 *
 * <p>Guarantee: non-null fields; the competence is checked against the catalogue and the target
 * (when present, at least 1) by {@link Cycle#announceTopic}.
 */
public record AnnouncedTopic(String competence, OptionalInt targetPairs) {
  public AnnouncedTopic {
    requireNonNull(competence, "competence");
    requireNonNull(targetPairs, "targetPairs");
  }

  public static AnnouncedTopic of(String competence) {
    return new AnnouncedTopic(competence, OptionalInt.empty());
  }

  public static AnnouncedTopic of(String competence, int targetPairs) {
    return new AnnouncedTopic(competence, OptionalInt.of(targetPairs));
  }
}
