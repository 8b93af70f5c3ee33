package dev.tandem.core.bound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.core.evaluation.Score;
import org.junit.jupiter.api.Test;

class BoundTest {
  private final Bound bound = new Bound(Score.of(0, -3, 2_000), Bound.Method.LAGRANGIAN, 12, 40);

  @Test
  void theGapIsTheSoftShortfallOverTheBound() {
    assertThat(bound.gap(Score.of(0, -3, 1_990))).hasValue(0.005);
    assertThat(bound.describe(Score.of(0, -3, 1_990))).isEqualTo("within 0.50% of optimal (proven)");
    assertThat(bound.gap(Score.of(0, -3, 2_000))).hasValue(0.0);
    assertThat(bound.describe(Score.of(0, -3, 2_000))).isEqualTo("optimal (proven)");
    assertThat(bound.isMetBy(Score.of(0, -3, 2_000))).isTrue();
    assertThat(bound.isMetBy(Score.of(0, -3, 1_999))).isFalse();
  }

  @Test
  void aNegativeBoundDividesByItsMagnitude() {
    Bound negative = new Bound(Score.of(0, 0, -400), Bound.Method.LAGRANGIAN, 3, 1);
    assertThat(negative.gap(Score.of(0, 0, -404))).hasValue(0.01);
    Bound zero = new Bound(Score.of(0, 0, 0), Bound.Method.EXACT, 1, 1);
    assertThat(zero.gap(Score.of(0, 0, -3))).hasValue(3.0);
  }

  @Test
  void noGapWhenTheLevelsDiffer() {
    assertThat(bound.gap(Score.of(0, -4, 2_000))).isEmpty();
    assertThat(bound.describe(Score.of(0, -4, 2_000))).contains("best medium level -3");
    assertThat(bound.gap(Score.of(-1, -3, 1_000))).isEmpty();
    assertThat(bound.describe(Score.of(-1, -3, 1_000))).contains("hard");
  }

  @Test
  void tinyGapsKeepTwoSignificantDigits() {
    assertThat(Bound.percent(0.0000123)).isEqualTo("0.0012");
    assertThat(Bound.percent(0.0123)).isEqualTo("1.23");
  }
}
