package dev.tandem.core.strategy;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Finds strategies by name. {@link #standard()} holds every strategy that registers through
 * {@link ServiceLoader} (the core ones, {@code optaplanner} when the solver module is present, and
 * any a researcher adds): on the module path a module's {@code provides} clauses (core {@code uses}
 * the service), on the class path {@code META-INF/services} files; {@link #with} adds one
 * explicitly.
 *
 * <p>Guarantee: immutable; names are unique (a later registration of a name replaces an earlier
 * one only through {@link #with}); {@link #get} fails with the list of known names.
 */
public final class StrategyRegistry {
  private final ImmutableSortedMap<String, MatchingStrategy> byName;

  private StrategyRegistry(Map<String, MatchingStrategy> byName) {
    this.byName = ImmutableSortedMap.copyOf(byName);
  }

  /**
   * Every strategy registered for this class loader: through {@code provides} in the modules
   * defined to it or its ancestors, and through {@code META-INF/services} on its class path.
   */
  public static StrategyRegistry standard() {
    return load(StrategyRegistry.class.getClassLoader());
  }

  /** Every strategy registered for {@code loader}, as {@link #standard()} describes. */
  public static StrategyRegistry load(ClassLoader loader) {
    Map<String, MatchingStrategy> found = new TreeMap<>();
    for (MatchingStrategy s : ServiceLoader.load(MatchingStrategy.class, loader)) {
      MatchingStrategy earlier = found.putIfAbsent(s.name(), s);
      if (earlier != null && earlier.getClass() != s.getClass()) {
        throw new IllegalStateException("two strategies are named \"" + s.name() + "\": "
            + earlier.getClass().getName() + " and " + s.getClass().getName());
      }
    }
    return new StrategyRegistry(found);
  }

  /** This registry plus {@code strategy} (replacing one of the same name). */
  public StrategyRegistry with(MatchingStrategy strategy) {
    Map<String, MatchingStrategy> m = new TreeMap<>(byName);
    m.put(strategy.name(), strategy);
    return new StrategyRegistry(m);
  }

  public Optional<MatchingStrategy> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /**
   * The strategy named {@code name}.
   *
   * @throws IllegalArgumentException naming the unknown strategy and listing the known ones
   */
  public MatchingStrategy get(String name) {
    MatchingStrategy s = byName.get(name);
    if (s == null) {
      throw new IllegalArgumentException("unknown strategy \"" + name + "\"; known: " + String.join(", ", byName.keySet()));
    }
    return s;
  }

  public ImmutableSortedSet<String> names() {
    return byName.keySet();
  }
}
