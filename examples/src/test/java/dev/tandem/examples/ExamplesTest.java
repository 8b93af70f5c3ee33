package dev.tandem.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExamplesTest {
  @Test
  void namesAreUniqueAndFindable() {
    Set<String> names = new HashSet<>();
    for (Example e : Examples.all()) {
      assertThat(names.add(e.name())).as("unique name %s", e.name()).isTrue();
      assertThat(Examples.find(e.name())).containsSame(e);
      assertThat(e.description()).isNotBlank();
    }
  }

  @Test
  void theDemoIsEnterpriseAndComesFirst() {
    assertThat(Examples.demo().name()).isEqualTo("enterprise");
    assertThat(Examples.all().get(0)).isSameAs(Examples.demo());
  }

  @Test
  void anUnknownNameIsEmpty() {
    assertThat(Examples.find("no-such-example")).isEmpty();
  }
}
