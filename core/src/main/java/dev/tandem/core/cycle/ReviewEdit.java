package dev.tandem.core.cycle;

import static java.util.Objects.requireNonNull;

import dev.tandem.core.model.Pair;

/**
 * What an administrator (or a strategy, for {@link Draft}) did to the draft matching during
 * review.
 *
 * <p>Guarantee: a closed set of immutable values with non-null fields; {@code toString()} is a
 * short description naming employee ids only.
 */
public sealed interface ReviewEdit
    permits ReviewEdit.Draft, ReviewEdit.Lock, ReviewEdit.Forbid, ReviewEdit.Swap, ReviewEdit.Remove {

  /** A strategy drafted the matching (locks and forbidden pairs respected). */
  record Draft(String strategy) implements ReviewEdit {
    public Draft {
      requireNonNull(strategy, "strategy");
    }

    @Override
    public String toString() {
      return "draft by " + strategy;
    }
  }

  /** The pair is locked: it stays in the draft and is pinned in every later draft. */
  record Lock(Pair pair) implements ReviewEdit {
    public Lock {
      requireNonNull(pair, "pair");
    }

    @Override
    public String toString() {
      return "lock " + pair;
    }
  }

  /** The pair is forbidden: removed from the draft and never proposed again. */
  record Forbid(Pair pair) implements ReviewEdit {
    public Forbid {
      requireNonNull(pair, "pair");
    }

    @Override
    public String toString() {
      return "forbid " + pair;
    }
  }

  /** Two matched mentees exchange their mentors. */
  record Swap(String menteeA, String menteeB) implements ReviewEdit {
    public Swap {
      requireNonNull(menteeA, "menteeA");
      requireNonNull(menteeB, "menteeB");
    }

    @Override
    public String toString() {
      return "swap the mentors of " + menteeA + " and " + menteeB;
    }
  }

  /** The mentee's pair is removed from the draft; the mentee is left unmatched. */
  record Remove(String mentee) implements ReviewEdit {
    public Remove {
      requireNonNull(mentee, "mentee");
    }

    @Override
    public String toString() {
      return "remove the pair of " + mentee;
    }
  }
}
