package dev.tandem.core.cycle;

import static java.util.Objects.requireNonNull;

import dev.tandem.core.model.Pair;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A mentee's request for one mentor on the platform: when it was made, where it stands, and when
 * that last changed.
 *
 * <p>Guarantee: non-null fields; {@code decided} is present exactly when the status is not
 * {@link RequestStatus#OPEN}.
 */
public record MentorRequest(Pair pair, LocalDate requested, RequestStatus status, Optional<LocalDate> decided) {
  public MentorRequest {
    requireNonNull(pair, "pair");
    requireNonNull(requested, "requested");
    requireNonNull(status, "status");
    requireNonNull(decided, "decided");
    if ((status == RequestStatus.OPEN) != decided.isEmpty()) {
      throw new IllegalArgumentException("request " + pair + ": a decision date belongs to a decided request only");
    }
  }

  /** A new open request. */
  public static MentorRequest open(Pair pair, LocalDate requested) {
    return new MentorRequest(pair, requested, RequestStatus.OPEN, Optional.empty());
  }

  /** This request decided on {@code date}. */
  public MentorRequest decide(RequestStatus to, LocalDate date) {
    return new MentorRequest(pair, requested, to, Optional.of(date));
  }

  /** Whether the request holds a place of the mentor's capacity. */
  public boolean holdsPlace() {
    return status == RequestStatus.OPEN || status == RequestStatus.ACCEPTED;
  }
}
