package dev.tandem.io;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {
  private static final String FORMULA_START = "=+-@\t\r";

  @Test
  void neutralisesEveryFormulaPrefix() {
    assertThat(SpreadsheetCells.neutralise("=1+1")).isEqualTo("'=1+1");
    assertThat(SpreadsheetCells.neutralise("+1")).isEqualTo("'+1");
    assertThat(SpreadsheetCells.neutralise("-5")).isEqualTo("'-5");
    assertThat(SpreadsheetCells.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(SpreadsheetCells.neutralise("\tx")).isEqualTo("'\tx");
    assertThat(SpreadsheetCells.neutralise("\rx")).isEqualTo("'\rx");
    assertThat(SpreadsheetCells.neutralise("  =x")).isEqualTo("'  =x");
    assertThat(SpreadsheetCells.neutralise("IT")).isEqualTo("IT");
    assertThat(SpreadsheetCells.neutralise("")).isEqualTo("");
    assertThat(SpreadsheetCells.neutralise("a=b")).isEqualTo("a=b");
  }

  @Property(tries = 200)
  void neutralisedCellsNeverStartAFormula(@ForAll String cell) {
    String safe = SpreadsheetCells.neutralise(cell);
    String lead = safe.stripLeading();
    assertThat(!lead.isEmpty() && safe.charAt(0) != '\'' && FORMULA_START.indexOf(safe.replaceFirst("^ +", "").charAt(0)) >= 0
        && !safe.replaceFirst("^ +", "").isEmpty()).isFalse();
    assertThat(safe.endsWith(cell)).isTrue();
  }
}
