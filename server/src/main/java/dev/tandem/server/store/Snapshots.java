package dev.tandem.server.store;

import dev.tandem.core.cycle.Cycle;
import dev.tandem.core.cycle.Programme;
import dev.tandem.io.ProgrammeFiles;
import java.util.List;

/**
 * A cycle's stored form: the {@code tandem-programme/1} document of its programme holding this
 * one cycle (io's {@link ProgrammeFiles}), so a stored cycle is also an export any tool reads.
 *
 * <p>Guarantee: {@code read(write(name, c))} equals {@code c} (io's lossless round trip).
 */
public final class Snapshots {
  private Snapshots() {}

  public static String write(String programme, Cycle cycle) {
    return ProgrammeFiles.toJson(Programme.of(programme, List.of(cycle)));
  }

  /** The one cycle of a stored document. */
  public static Cycle read(String json) {
    Programme p = ProgrammeFiles.parse(json);
    if (p.cycles().size() != 1) {
      throw new IllegalStateException("a stored cycle holds " + p.cycles().size() + " cycles, expected 1");
    }
    return p.cycles().get(0);
  }
}
