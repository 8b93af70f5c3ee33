package dev.tandem.examples.platform;

import dev.tandem.core.cycle.Cycle;
import dev.tandem.core.cycle.Framework;
import dev.tandem.core.cycle.MentorRequest;
import dev.tandem.core.cycle.PlatformMode;
import dev.tandem.core.cycle.RequestStatus;
import dev.tandem.core.evaluation.Evaluation;
import dev.tandem.core.evaluation.PairEvaluation;
import dev.tandem.core.generator.GeneratorSettings;
import dev.tandem.core.generator.ProblemGenerator;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Pair;
import dev.tandem.core.strategy.MatchOptions;
import dev.tandem.core.strategy.MatchingStrategy;
import dev.tandem.core.strategy.MenteeSuggestions;
import dev.tandem.core.strategy.StrategyRegistry;
import dev.tandem.core.strategy.Suggestion;
import dev.tandem.examples.Example;
import dev.tandem.examples.ExampleContext;
import dev.tandem.examples.console.Explain;
import dev.tandem.examples.console.Headings;
import dev.tandem.examples.console.StrategyRun;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The platform of the seed in {@link PlatformMode#HYBRID}: executives choose on the internal
 * platform, juniors answer, and the optimiser matches everyone else. Top management goes first:
 * executives visit the platform in order of priority, see their best suggestions with the "why",
 * and request one mentor; the mentor accepts, declines or lets the request expire after a week,
 * which frees the place for the next executive. When matching starts, accepted requests become
 * locked pairs, declined ones forbidden pairs, and the strategy matches the rest.
 *
 * <p>Guarantee: deterministic (a generated organisation and seeded answers); employees are shown
 * by id, department and level only.
 */
public final class PlatformModeExample implements Example {
  static final long SEED = 11;
  static final LocalDate OPENS = LocalDate.of(2026, 2, 2);
  static final int EXPIRY_DAYS = 7;
  private static final int SHOWN = 3;

  @Override
  public String name() {
    return "platform-mode";
  }

  @Override
  public String description() {
    return "executives request mentors on the platform, juniors accept or decline, the optimiser matches the rest";
  }

  static GeneratorSettings settings(boolean small) {
    int employees = small ? 300 : 1200;
    return GeneratorSettings.builder().name("platform-mode").employees(employees).mentees(employees / 20)
        .mentors(employees / 30).skills(true).seed(SEED).build();
  }

  @Override
  public void run(ExampleContext ctx) {
    PrintStream out = ctx.out();
    Headings.title(out, "Platform mode: executives choose, juniors answer, the optimiser matches the rest");
    out.println("On the internal platform every executive sees the best suggested mentors with the \"why\" and");
    out.println("requests one. The junior accepts or declines; a request not answered within a week expires and");
    out.println("frees the place. In HYBRID mode, accepted requests are kept as they are when matching starts,");
    out.println("declined ones are never proposed again, and the optimiser matches everybody else.");
    out.println();

    StrategyRegistry registry = StrategyRegistry.standard();
    Optional<MatchingStrategy> strategy = StrategyRun.first(registry, "exact").or(() -> Cycle.rematchStrategy(registry));
    if (strategy.isEmpty()) {
      out.println("No matching strategy is on the class path; nothing to match.");
      return;
    }
    MatchingProblem org = ProblemGenerator.generate(settings(ctx.small()));
    Cycle c = Cycle.start("2026", org.employees(), org.competences(), org.policy(), org.history())
        .platform().setMode(PlatformMode.HYBRID, EXPIRY_DAYS);
    Set<String> topics = new LinkedHashSet<>();
    org.mentees().forEach(m -> m.topics().forEach(t -> topics.add(t.competence())));
    for (String t : topics) {
      c = c.announceTopic(t);
    }
    c = c.openEnrolment();
    for (Mentee m : org.mentees()) {
      c = c.enrolMentee(m.withRanking(List.of()));
    }
    for (Mentor m : org.mentors()) {
      c = c.enrolMentor(m.withRanking(List.of()));
    }
    MatchingProblem problem = c.problem();
    Headings.section(out, "1. Enrolment on the platform");
    out.printf(Locale.ROOT, "  %d executives and %d juniors enrolled; mode %s, requests expire after %d days%n",
        c.mentees().size(), c.mentors().size(), c.platform().mode(), c.platform().requestExpiryDays());
    out.println();

    // 2. requests, top management first, over three weeks
    Headings.section(out, "2. Executives request, juniors answer (top management first)");
    SplittableRandom random = new SplittableRandom(SEED);
    List<Mentee> visitors = new ArrayList<>(c.mentees());
    visitors.sort(Comparator.comparingInt(Mentee::priority).reversed().thenComparing(Mentee::employee));
    int shown = 0;
    int ranked = 0;
    for (int i = 0; i < visitors.size(); i++) {
      Mentee m = visitors.get(i);
      LocalDate day = OPENS.plusDays(i % 21);
      MenteeSuggestions s = c.platform().suggestions(m.employee(), SHOWN, day);
      if (s.suggestions().isEmpty()) {
        continue;
      }
      if (shown < SHOWN) {
        out.printf(Locale.ROOT, "  %s (priority %d) sees on %s:%n", Explain.person(problem, m.employee()), m.priority(), day);
        for (Suggestion x : s.suggestions()) {
          out.printf(Locale.ROOT, "      %-28s %s; %s%n", Explain.person(problem, x.mentor()),
              Explain.sharedTopics(problem, m.employee(), x.mentor()), Explain.why(x.parts()));
        }
        shown++;
      }
      int choice = random.nextInt(10);
      if (choice < 2) {
        // some rank their suggestions instead of requesting: the optimiser takes it into account
        c = c.platform().rank(m.employee(), s.suggestions().stream().map(Suggestion::mentor).toList());
        ranked++;
        continue;
      }
      if (choice < 3) {
        continue;
      }
      Suggestion pick = s.suggestions().get(0);
      c = c.platform().request(m.employee(), pick.mentor(), day);
      int answer = random.nextInt(10);
      if (answer < 6) {
        c = c.platform().accept(m.employee(), pick.mentor(), day.plusDays(1 + random.nextInt(3)));
      } else if (answer < 8) {
        c = c.platform().decline(m.employee(), pick.mentor(), day.plusDays(1 + random.nextInt(3)));
      }
    }
    LocalDate closes = OPENS.plusDays(21 + EXPIRY_DAYS);
    c = c.platform().expire(closes);
    List<MentorRequest> requests = c.platform().requests();
    List<Pair> accepted = byStatus(requests, RequestStatus.ACCEPTED);
    List<Pair> declined = byStatus(requests, RequestStatus.DECLINED);
    List<Pair> expired = byStatus(requests, RequestStatus.EXPIRED);
    out.printf(Locale.ROOT, "  requests: %d made, %d accepted, %d declined, %d expired unanswered; %d executives ranked instead%n",
        requests.size(), accepted.size(), declined.size(), expired.size(), ranked);
    out.println();

    // 3. matching: accepted locked, declined forbidden, the optimiser for the rest
    Headings.section(out, "3. Matching starts: the optimiser matches everybody else");
    c = c.closeEnrolment().defineFramework(new Framework(24, 3, 8, true)).startMatching();
    MatchOptions options = MatchOptions.builder().seed(SEED)
        .timeLimit(ctx.timeLimitOr(Duration.ofSeconds(10), Duration.ofSeconds(2))).build();
    c = c.draft(strategy.get(), options);
    Evaluation e = c.evaluation().orElseThrow();
    List<Pair> pairs = c.matching().orElseThrow().pairs();
    Set<Pair> drafted = new HashSet<>(pairs);
    long keptAccepted = accepted.stream().filter(drafted::contains).count();
    long proposedDeclined = declined.stream().filter(drafted::contains).count();
    out.printf(Locale.ROOT, "  the %s draft keeps %d of %d accepted pairs and proposes %d of the %d declined ones%n",
        strategy.get().name(), keptAccepted, accepted.size(), proposedDeclined, declined.size());
    out.printf(Locale.ROOT, "  the optimiser matched %d more executives; %d of %d matched, score %s%n",
        pairs.size() - keptAccepted, pairs.size(), c.mentees().size(), e.score());
    int why = 0;
    for (PairEvaluation pe : e.pairs()) {
      if (!pe.pinned() && why < SHOWN) {
        out.println("    " + Explain.pair(c.problem(), pe).replace("\n      ", "\n        "));
        why++;
      }
    }
    for (var u : e.unmatched().subList(0, Math.min(SHOWN, e.unmatched().size()))) {
      out.println("    unmatched: " + Explain.unmatched(c.problem(), u));
    }
    c = c.publish();
    out.printf(Locale.ROOT, "  published: %d pairs; next comes the joint kick-off%n", c.matching().orElseThrow().pairs().size());
    out.println();
  }

  private static List<Pair> byStatus(List<MentorRequest> requests, RequestStatus status) {
    return requests.stream().filter(r -> r.status() == status).map(MentorRequest::pair).toList();
  }
}
