package dev.tandem.core.testing;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The compiled module descriptor ({@code module-info.class}) of a Tandem library module, read
 * with {@link ModuleFinder} from the classes directory or jar a class was loaded from, so the
 * tests that pin a module's exports read what a consumer's module path would see, whether the
 * tests themselves run on the module path or the class path.
 *
 * <p>Guarantee: every method answers from the descriptor (or the module's own resources) alone,
 * as immutable sorted values.
 */
public final class ModuleDescriptors {
  private ModuleDescriptors() {}

  /** The module reference found at the location {@code anyClass} was loaded from. */
  public static ModuleReference referenceOf(Class<?> anyClass) {
    Path location;
    try {
      location = Path.of(anyClass.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    var all = ModuleFinder.of(location).findAll();
    checkState(all.size() == 1, "expected one module at %s, found %s", location, all);
    ModuleReference ref = all.iterator().next();
    checkState(!ref.descriptor().isAutomatic(), "%s has no module-info.class (automatic module %s)",
        location, ref.descriptor().name());
    return ref;
  }

  /** The descriptor of the module holding {@code anyClass}. */
  public static ModuleDescriptor of(Class<?> anyClass) {
    return referenceOf(anyClass).descriptor();
  }

  /** Every package of the module, exported or not. */
  public static ImmutableSortedSet<String> packages(ModuleDescriptor d) {
    return ImmutableSortedSet.copyOf(d.packages());
  }

  /** The packages exported to every reader. */
  public static ImmutableSortedSet<String> exports(ModuleDescriptor d) {
    return d.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
        .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
  }

  /** Package to target modules of each qualified export. */
  public static ImmutableSortedMap<String, ImmutableSortedSet<String>> qualifiedExports(ModuleDescriptor d) {
    return d.exports().stream().filter(ModuleDescriptor.Exports::isQualified)
        .collect(ImmutableSortedMap.toImmutableSortedMap(String::compareTo, ModuleDescriptor.Exports::source,
            e -> ImmutableSortedSet.copyOf(e.targets())));
  }

  /** Package to target modules of each {@code opens}; an empty set means open to every module. */
  public static ImmutableSortedMap<String, ImmutableSortedSet<String>> opens(ModuleDescriptor d) {
    return d.opens().stream().collect(ImmutableSortedMap.toImmutableSortedMap(String::compareTo,
        ModuleDescriptor.Opens::source, o -> ImmutableSortedSet.copyOf(o.targets())));
  }

  /** Each required module with whether it is required {@code transitive}ly ({@code java.base} included). */
  public static ImmutableSortedMap<String, Boolean> requires(ModuleDescriptor d) {
    return d.requires().stream().collect(ImmutableSortedMap.toImmutableSortedMap(String::compareTo,
        ModuleDescriptor.Requires::name, r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)));
  }

  /** The provider classes the descriptor declares for {@code service} (in declaration order). */
  public static ImmutableSet<String> provides(ModuleDescriptor d, Class<?> service) {
    return d.provides().stream().filter(p -> p.service().equals(service.getName()))
        .flatMap(p -> p.providers().stream()).collect(ImmutableSet.toImmutableSet());
  }

  /**
   * The packages of the module without a {@code package-info.java} under {@code sourceRoot}
   * (a module's {@code src/main/java}; the tests run in the module directory).
   */
  public static ImmutableSortedSet<String> packagesWithoutPackageInfo(ModuleDescriptor d, Path sourceRoot) {
    return d.packages().stream()
        .filter(p -> !Files.isRegularFile(sourceRoot.resolve(p.replace('.', '/')).resolve("package-info.java")))
        .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
  }

  /**
   * The provider classes listed in the module's {@code META-INF/services} file for {@code service}
   * (what {@link java.util.ServiceLoader} reads on the class path), in file order, without
   * comments and blank lines.
   */
  public static ImmutableSet<String> servicesFile(ModuleReference ref, Class<?> service) {
    try (ModuleReader reader = ref.open()) {
      Optional<InputStream> in = reader.open("META-INF/services/" + service.getName());
      if (in.isEmpty()) {
        return ImmutableSet.of();
      }
      try (InputStream s = in.get()) {
        return new String(s.readAllBytes(), StandardCharsets.UTF_8).lines()
            .map(l -> l.replaceAll("#.*", "").strip()).filter(l -> !l.isEmpty())
            .collect(ImmutableSet.toImmutableSet());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
