package dev.tandem.solver.domain;

import dev.tandem.core.rules.Eligibility;
import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * The planning entity: one per mentee, with a nullable {@code mentor} variable ({@code null} means
 * unmatched). Its value range is the mentee's eligible mentors from core's {@link Eligibility}, so
 * the solver never tries a forbidden pair; a forbidden mentor set from outside (when scoring an
 * external matching) is still scored, like the core evaluator does.
 *
 * <p>Guarantee: a class, not a record: {@code equals}/{@code hashCode} are identity-based and do
 * not depend on the planning variable. Pair scores come from {@link Eligibility} (one formula), never
 * recomputed here. {@link #toString()} shows employee ids only.
 */
@PlanningEntity
public class MenteeAssignment {
  private Integer index;
  private String menteeId;
  private int department;
  private int priority;
  private Eligibility eligibility;
  private EligibleMentors eligibleMentors;
  private TopicTargetFact[] targets;
  private boolean pinned;
  private MentorFact mentor;
  // Derived from mentor for the current and the previous mentor (a move and its undo swap them),
  // recomputed only for a new mentor; a planning clone copies them along.
  private MentorFact derivedFor;
  private boolean derivedEligible;
  private long derivedScore;
  private DepartmentLink derivedLink;
  private List<TopicTargetFact> derivedTopics;
  private MentorFact previousFor;
  private boolean previousEligible;
  private long previousScore;
  private DepartmentLink previousLink;
  private List<TopicTargetFact> previousTopics;

  /** For OptaPlanner's cloner. */
  public MenteeAssignment() {}

  public MenteeAssignment(Eligibility eligibility, int index, EligibleMentors eligibleMentors, MentorFact mentor, boolean pinned) {
    this(eligibility, index, eligibleMentors, mentor, pinned, new TopicTargetFact[eligibility.problem().competences().size()]);
  }

  /**
   * An assignment that also knows the topics with a target: {@code targets[c]} is the fact of
   * competence {@code c}, or null when it has no target (shared by all assignments of a plan).
   */
  public MenteeAssignment(Eligibility eligibility, int index, EligibleMentors eligibleMentors, MentorFact mentor, boolean pinned,
      TopicTargetFact[] targets) {
    this.targets = targets;
    this.eligibility = eligibility;
    this.index = index;
    this.menteeId = eligibility.menteeId(index);
    this.department = eligibility.menteeDepartment(index);
    this.priority = eligibility.priority(index);
    this.eligibleMentors = eligibleMentors;
    this.mentor = mentor;
    this.pinned = pinned;
  }

  /** The mentee's index; the planning id. Annotations sit on getters: OptaPlanner reads them through generated lambdas, faster than reflection on fields. */
  @PlanningId
  public Integer getIndex() {
    return index;
  }

  public String getMenteeId() {
    return menteeId;
  }

  public int getDepartment() {
    return department;
  }

  public int getPriority() {
    return priority;
  }

  @ValueRangeProvider(id = "eligibleMentors")
  public EligibleMentors getEligibleMentors() {
    return eligibleMentors;
  }

  @PlanningPin
  public boolean isPinned() {
    return pinned;
  }

  @PlanningVariable(nullable = true, valueRangeProviderRefs = "eligibleMentors")
  public MentorFact getMentor() {
    return mentor;
  }

  public void setMentor(MentorFact mentor) {
    this.mentor = mentor;
  }

  /**
   * Whether the problem pins this mentee to a mentor other than the current one (or the mentee
   * is unmatched): a broken pin, one hard point. Never true for a {@link #isPinned() pinned}
   * entity.
   */
  public boolean breaksPin() {
    int pin = eligibility.pinnedMentor(index);
    return pin >= 0 && (mentor == null || mentor.getIndex() != pin);
  }

  /** Whether the current mentor is eligible; requires a mentor. */
  public boolean hasEligibleMentor() {
    derive();
    return derivedEligible;
  }

  /** The pair score with the current mentor (eligible or not), from core; requires a mentor. */
  public long pairScore() {
    derive();
    return derivedScore;
  }

  /** The department link of this pair; requires a mentor. */
  public DepartmentLink departmentLink() {
    derive();
    return derivedLink;
  }

  /**
   * The topics with a target this pair works on: the mentee asks for the topic and the mentor holds
   * it (from core's {@code PairScoring}); empty when none. Requires a mentor.
   */
  public List<TopicTargetFact> targetTopics() {
    derive();
    return derivedTopics;
  }

  private void derive() {
    if (derivedFor != mentor) {
      MentorFact f = previousFor;
      boolean e = previousEligible;
      long sc = previousScore;
      DepartmentLink l = previousLink;
      List<TopicTargetFact> t = previousTopics;
      previousTopics = derivedTopics;
      previousFor = derivedFor;
      previousEligible = derivedEligible;
      previousScore = derivedScore;
      previousLink = derivedLink;
      if (f == mentor) {
        derivedFor = f;
        derivedEligible = e;
        derivedScore = sc;
        derivedLink = l;
        derivedTopics = t;
        return;
      }
      int r = mentor.getIndex();
      int k = eligibility.position(index, r);
      derivedEligible = k >= 0;
      derivedScore = k >= 0 ? eligibility.scoreAt(k) : eligibility.scoring().score(index, r);
      derivedLink = new DepartmentLink(department, mentor.getDepartment());
      derivedTopics = topicsWith(r);
      derivedFor = mentor;
    }
  }

  private List<TopicTargetFact> topicsWith(int r) {
    var scoring = eligibility.scoring();
    List<TopicTargetFact> out = List.of();
    for (int k = 0; k < scoring.topicCount(index); k++) {
      int c = scoring.topicAt(index, k);
      if (targets[c] != null && scoring.holds(r, c)) {
        if (out.isEmpty()) {
          out = new ArrayList<>(2);
        }
        out.add(targets[c]);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return menteeId + "->" + (mentor == null ? "none" : mentor.getId());
  }
}
