package dev.tandem.server.service;

import dev.tandem.core.cycle.Cycle;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.TopicRequest;
import dev.tandem.io.ProblemFiles;
import dev.tandem.server.auth.Principal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The demo organisation: the furniture workshop of the {@code small-company} example (18 people,
 * display names they opted into, a skills inventory), bundled as {@code demo/workshop.json}, with
 * a cycle in enrolment: three topics announced, one executive and one volunteer already enrolled.
 *
 * <p>Guarantee: {@link #create} makes one administrator, the programme {@value #PROGRAMME} with
 * cycle {@value #CYCLE}, and sign-in links for {@link #PARTICIPANTS}; every step goes through
 * {@link Platform#step} like any other.
 */
public final class Demo {
  public static final String PROGRAMME = "workshop";
  public static final String CYCLE = "2026-spring";
  /** Who gets a demo sign-in link: the managing director and two heads (executives), two juniors. */
  public static final List<String> PARTICIPANTS = List.of("e01", "e03", "e04", "e14", "e08");

  private Demo() {}

  /** What the demo created: the administrator's token and each participant's token, by employee id. */
  public record Created(String adminToken, Map<String, String> participantTokens) {}

  /** The bundled organisation. */
  public static MatchingProblem organisation() {
    try (InputStream in = Demo.class.getResourceAsStream("/demo/workshop.json")) {
      if (in == null) {
        throw new IllegalStateException("demo/workshop.json is missing from the class path");
      }
      return ProblemFiles.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Creates the demo, or, when the database already holds it (a restart with the same data),
   * issues fresh sign-in links (a new administrator; the participants' old links are revoked).
   */
  public static Created createOrRefresh(Platform platform) {
    Platform.Issued admin = platform.createAdmin();
    Principal a = Principal.admin(admin.personId());
    if (platform.programmes(a).stream().anyMatch(p -> p.id().equals(PROGRAMME))) {
      Map<String, String> tokens = new LinkedHashMap<>();
      for (String e : PARTICIPANTS) {
        tokens.put(e, platform.issueLink(a, PROGRAMME, e).token());
      }
      return new Created(admin.token(), tokens);
    }
    return create(platform, admin);
  }

  /** Creates the demo in a database without it. */
  public static Created create(Platform platform) {
    return create(platform, platform.createAdmin());
  }

  private static Created create(Platform platform, Platform.Issued admin) {
    Principal a = Principal.admin(admin.personId());
    platform.createProgramme(a, PROGRAMME, "Furniture workshop", CYCLE, organisation());
    step(platform, a, "announce-topic", c -> c.announceTopic("genai", 2));
    step(platform, a, "announce-topic", c -> c.announceTopic("social-media", 1));
    step(platform, a, "announce-topic", c -> c.announceTopic("online-shop", 1));
    step(platform, a, "open-enrolment", Cycle::openEnrolment);
    step(platform, a, "enrol-mentee", c -> c.enrolMentee(
        Mentee.of("e02", 2, List.of(new TopicRequest("social-media", 3), new TopicRequest("genai", 1)))));
    step(platform, a, "enrol-mentor", c -> c.enrolMentor(
        Mentor.of("e14", 1, List.of(new Proficiency("social-media", 4), new Proficiency("online-shop", 3)))));
    Map<String, String> tokens = new LinkedHashMap<>();
    for (String e : PARTICIPANTS) {
      tokens.put(e, platform.issueLink(a, PROGRAMME, e).token());
    }
    return new Created(admin.token(), tokens);
  }

  private static void step(Platform platform, Principal admin, String name, UnaryOperator<Cycle> step) {
    long version = platform.cycle(admin, PROGRAMME, CYCLE).version();
    platform.step(admin, PROGRAMME, CYCLE, Optional.of(version), name, Access.admin(), step);
  }
}
