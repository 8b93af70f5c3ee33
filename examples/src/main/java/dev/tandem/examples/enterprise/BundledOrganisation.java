package dev.tandem.examples.enterprise;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Policy;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.ReportingLine;
import dev.tandem.core.model.TopicRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The bundled organisation of the enterprise example: an insurance group with a board, eight
 * divisions and a few thousand employees, its executives enrolled as mentees and a share of its
 * trainees and entry-level staff volunteering as mentors. Generated from a fixed seed.
 *
 * <p>Guarantee: the same {@code employees} and {@code seed} give the same problem; employee ids
 * are {@code E-00001}, ...; levels run from 1 (trainee) to 7 (chief executive); the policy asks
 * for a level gap of at least 2 and forbids a mentor within three steps below the mentee in the
 * reporting line. Linear in {@code employees}.
 */
public final class BundledOrganisation {
  /** The topic catalogue: diversity topics first. */
  public static final ImmutableList<Competence> TOPICS = ImmutableList.of(
      new Competence("diversity-inclusion", "Diversity and inclusion", true),
      new Competence("gender-equity", "Gender equity", true),
      new Competence("accessibility", "Accessibility", true),
      new Competence("generative-ai", "Generative AI", false),
      new Competence("social-media", "Social media", false),
      new Competence("gen-z-customers", "Gen Z customers", false),
      new Competence("sustainability", "Sustainability", false),
      new Competence("hybrid-work", "Hybrid work", false),
      new Competence("data-literacy", "Data literacy", false),
      new Competence("agile-teams", "Agile teams", false));

  /** How often executives pick each topic of {@link #TOPICS}, relative. */
  private static final int[] POPULARITY = {9, 5, 3, 10, 6, 4, 5, 4, 3, 2};

  static final ImmutableList<String> DIVISIONS = ImmutableList.of(
      "Claims", "Underwriting", "Asset-Mgmt", "Sales", "IT", "Finance", "HR", "Legal");

  /** Share of each level below the division head (level 6), from level 5 down to 2; level 1 takes the rest. */
  private static final double[] LEVEL_SHARE = {0.012, 0.045, 0.13, 0.31};

  private BundledOrganisation() {}

  /** The programme on an organisation of about {@code employees} people, from {@code seed}. */
  public static MatchingProblem generate(int employees, long seed) {
    Random rnd = new Random(seed);
    List<Employee> staff = new ArrayList<>();
    String ceo = id(1);
    staff.add(Employee.of(ceo, "Board", 7));
    int perDivision = Math.max(10, (employees - 1) / DIVISIONS.size());
    for (String division : DIVISIONS) {
      List<String> above = new ArrayList<>();
      String head = id(staff.size() + 1);
      staff.add(Employee.of(head, division, 6, ceo));
      above.add(head);
      int left = perDivision - 1;
      for (int level = 5; level >= 1; level--) {
        int count = level == 1 ? left : Math.max(1, (int) Math.round(perDivision * LEVEL_SHARE[5 - level]));
        count = Math.min(count, left);
        left -= count;
        List<String> here = new ArrayList<>();
        for (int i = 0; i < count; i++) {
          String id = id(staff.size() + 1);
          staff.add(Employee.of(id, division, level, above.get(rnd.nextInt(above.size()))));
          here.add(id);
        }
        if (!here.isEmpty()) {
          above = here;
        }
      }
    }
    MatchingProblem.Builder b = MatchingProblem.builder()
        .name(String.format(Locale.ROOT, "enterprise-%d-seed-%d", staff.size(), seed))
        .competences(TOPICS)
        .employees(staff)
        .policy(Policy.builder().minLevelGap(2).reportingLine(ReportingLine.FORBID_CHAIN).reportingLineDepth(3).build());
    for (Employee e : staff) {
      if (e.level() >= 5 || (e.level() == 4 && rnd.nextDouble() < 0.4)) {
        b.mentee(Mentee.of(e.id(), e.level() - 2, pickTopics(rnd)));
      } else if (e.level() <= 2 && rnd.nextDouble() < 0.09) {
        b.mentor(volunteer(rnd, e));
      }
    }
    return b.build();
  }

  private static List<TopicRequest> pickTopics(Random rnd) {
    int count = 1 + rnd.nextInt(3);
    List<Integer> chosen = new ArrayList<>();
    while (chosen.size() < count) {
      int t = weighted(rnd);
      if (!chosen.contains(t)) {
        chosen.add(t);
      }
    }
    List<TopicRequest> topics = new ArrayList<>();
    for (int i = 0; i < chosen.size(); i++) {
      topics.add(new TopicRequest(TOPICS.get(chosen.get(i)).id(), 3 - i));
    }
    return topics;
  }

  private static Mentor volunteer(Random rnd, Employee e) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < TOPICS.size(); i++) {
      all.add(i);
    }
    Collections.shuffle(all, rnd);
    int count = 1 + rnd.nextInt(3);
    List<Proficiency> comps = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      comps.add(new Proficiency(TOPICS.get(all.get(i)).id(), 2 + rnd.nextInt(4)));
    }
    return Mentor.of(e.id(), rnd.nextDouble() < 0.3 ? 2 : 1, comps);
  }

  private static int weighted(Random rnd) {
    int total = 0;
    for (int p : POPULARITY) {
      total += p;
    }
    int x = rnd.nextInt(total);
    for (int i = 0; i < POPULARITY.length; i++) {
      x -= POPULARITY[i];
      if (x < 0) {
        return i;
      }
    }
    return POPULARITY.length - 1;
  }

  private static String id(int n) {
    return String.format(Locale.ROOT, "E-%05d", n);
  }
}
