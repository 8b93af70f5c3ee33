package dev.tandem.examples.smallcompany;

import com.google.common.collect.ImmutableList;
import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.Policy;
import dev.tandem.core.model.ReportingLine;
import java.util.List;

/**
 * The small company of the {@code small-company} example: a furniture workshop of 18 people in
 * four departments, with a skills inventory for the younger staff and display names that the
 * employees agreed to show in the company's own tool.
 *
 * <p>Guarantee: a fixed, valid organisation (one root, the managing director); the policy forbids
 * a mentor whose manager or manager's manager is the mentee, and asks for a level gap of 1.
 */
public final class Workshop {
  /** The topics management may announce. */
  public static final ImmutableList<Competence> CATALOGUE = ImmutableList.of(
      new Competence("genai", "Generative AI", false),
      new Competence("social-media", "Social media", false),
      new Competence("online-shop", "Online shop", false),
      new Competence("sustainability", "Sustainability", false),
      new Competence("diversity", "Diversity and inclusion", true));

  /** Nobody mentors their own manager or their manager's manager. */
  public static final Policy POLICY = Policy.builder()
      .reportingLine(ReportingLine.FORBID_CHAIN)
      .reportingLineDepth(2)
      .build();

  public static final String DIRECTOR = "e01";

  public static final ImmutableList<Employee> EMPLOYEES = ImmutableList.of(
      person("e01", "management", 5, null, "Katrin Holz"),
      person("e02", "workshop", 4, "e01", "Bernd Maier"),
      person("e03", "sales", 4, "e01", "Sabine Koch"),
      person("e04", "office", 4, "e01", "Uwe Brandt"),
      person("e05", "workshop", 3, "e02", "Jens Vogel"),
      person("e06", "workshop", 2, "e05", "Tim Kraus", "sustainability"),
      person("e07", "workshop", 2, "e05", "Olga Petrenko"),
      person("e08", "workshop", 1, "e05", "Mehmet Yilmaz", "social-media", "genai"),
      person("e09", "workshop", 1, "e05", "Lisa Berger", "social-media"),
      person("e10", "workshop", 1, "e05", "Jonas Falk"),
      person("e11", "sales", 3, "e03", "Petra Lang"),
      person("e12", "sales", 2, "e11", "Nina Roth", "online-shop"),
      person("e13", "sales", 2, "e11", "Felix Huber", "sustainability"),
      person("e14", "sales", 1, "e11", "Lena Schulz", "social-media", "online-shop", "genai"),
      person("e15", "office", 3, "e04", "Martina Weiss"),
      person("e16", "office", 2, "e15", "Ahmed Haddad", "genai"),
      person("e17", "office", 1, "e15", "Sophie Neumann", "diversity", "sustainability"),
      person("e18", "office", 1, "e15", "Paul Wagner", "genai", "online-shop"));

  private Workshop() {}

  private static Employee person(String id, String department, int level, String manager, String name,
      String... skills) {
    Employee e = manager == null ? Employee.of(id, department, level) : Employee.of(id, department, level, manager);
    return e.withDisplayName(name).withSkills(List.of(skills));
  }

  /**
   * How the company's tool shows a person: the display name (opted in by the employees) and the
   * id, e.g. {@code Lena Schulz (e14)}.
   */
  public static String who(String id) {
    return EMPLOYEES.stream().filter(e -> e.id().equals(id)).findFirst()
        .map(e -> e.displayName().map(n -> n + " (" + id + ")").orElse(id))
        .orElse(id);
  }
}
