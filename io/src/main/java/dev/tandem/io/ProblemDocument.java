package dev.tandem.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.tandem.core.model.AttributeRule;
import dev.tandem.core.model.CandidatePairs;
import dev.tandem.core.model.Competence;
import dev.tandem.core.model.Consent;
import dev.tandem.core.model.Employee;
import dev.tandem.core.model.MatchingProblem;
import dev.tandem.core.model.Mentee;
import dev.tandem.core.model.Mentor;
import dev.tandem.core.model.Pair;
import dev.tandem.core.model.PairScore;
import dev.tandem.core.model.PastPair;
import dev.tandem.core.model.Policy;
import dev.tandem.core.model.Proficiency;
import dev.tandem.core.model.ReportingLine;
import dev.tandem.core.model.SelfDeclaration;
import dev.tandem.core.model.TopicRequest;
import dev.tandem.core.model.TopicTarget;
import dev.tandem.core.model.ValidationException;
import dev.tandem.core.model.ValidationProblem;
import dev.tandem.core.model.Weights;
import dev.tandem.io.JsonDocuments.Problems;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The JSON document of the format {@code tandem-problem/1} (docs/formats.md), one record
 * component per key, in the order written. Its parts are shared with {@code tandem-programme/1}.
 *
 * <p>To add a key: add a component with {@link JsonProperty} (and {@link Check} if it accepts
 * null, must not be blank or has a least value) where it belongs, fill it in the record's
 * {@code of} and read it in its {@code toModel}, and add it to
 * {@code schema/tandem-problem-1.schema.json}; the shape check, the error messages and the writer
 * follow from the record.
 */
record ProblemDocument(
    @JsonProperty(value = "format", required = true) String format,
    @JsonProperty("name") String name,
    @JsonProperty("competences") List<CompetenceDoc> competences,
    @JsonProperty(value = "employees", required = true) List<EmployeeDoc> employees,
    @JsonProperty(value = "mentees", required = true) List<MenteeDoc> mentees,
    @JsonProperty(value = "mentors", required = true) List<MentorDoc> mentors,
    @JsonProperty("history") List<HistoryDoc> history,
    @JsonProperty("forbiddenPairs") List<PairDoc> forbiddenPairs,
    @JsonProperty("pinnedPairs") List<PairDoc> pinnedPairs,
    @JsonProperty("pairScores") List<PairScoreDoc> pairScores,
    @JsonProperty("policy") PolicyDoc policy,
    @JsonProperty("topicTargets") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<TopicTargetDoc> topicTargets) {

  ProblemDocument {
    competences = orEmpty(competences);
    history = orEmpty(history);
    forbiddenPairs = orEmpty(forbiddenPairs);
    pinnedPairs = orEmpty(pinnedPairs);
    pairScores = orEmpty(pairScores);
    topicTargets = orEmpty(topicTargets);
  }

  /** The document of {@code p}, every key written. */
  static ProblemDocument of(MatchingProblem p) {
    return new ProblemDocument(ProblemFiles.FORMAT, p.name(), map(p.competences(), CompetenceDoc::of),
        map(p.employees(), EmployeeDoc::of), map(p.mentees(), MenteeDoc::of), map(p.mentors(), MentorDoc::of),
        map(p.history(), HistoryDoc::of), map(p.forbiddenPairs(), PairDoc::of), map(p.pinnedPairs(), PairDoc::of),
        map(p.pairScores(), PairScoreDoc::of), PolicyDoc.of(p.policy()), map(p.topicTargets(), TopicTargetDoc::of));
  }

  /**
   * The problem this document describes.
   *
   * @throws ValidationException every problem, with the model's paths as JSON paths ({@code $.} prefix)
   */
  MatchingProblem toProblem() {
    Problems problems = new Problems();
    MatchingProblem.Builder b = MatchingProblem.builder();
    if (name != null) {
      b.name(name);
    }
    competences.forEach(c -> b.competence(c.toModel()));
    for (int i = 0; i < employees.size(); i++) {
      b.employee(employees.get(i).toModel("$.employees[" + i + "]", problems));
    }
    mentees.forEach(m -> b.mentee(m.toModel()));
    mentors.forEach(m -> b.mentor(m.toModel()));
    history.forEach(h -> b.history(h.toModel()));
    forbiddenPairs.forEach(f -> b.forbid(f.toModel()));
    pinnedPairs.forEach(f -> b.pin(f.toModel()));
    pairScores.forEach(s -> b.pairScore(s.toModel()));
    if (policy != null) {
      b.policy(policy.toModel());
    }
    topicTargets.forEach(t -> b.topicTarget(t.toModel()));
    problems.throwIfAny();
    try {
      return b.build();
    } catch (ValidationException e) {
      throw prefixed(e);
    }
  }

  /** The model's problems with their paths as JSON paths ({@code $.} prefix). */
  static ValidationException prefixed(ValidationException e) {
    List<ValidationProblem> out = new ArrayList<>();
    for (ValidationProblem p : e.problems()) {
      out.add(new ValidationProblem(p.path().isEmpty() ? "$" : "$." + p.path(), p.message()));
    }
    return new ValidationException(out);
  }

  static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  static <A, B> List<B> map(List<A> items, java.util.function.Function<A, B> f) {
    return items.stream().map(f).toList();
  }

  /**
   * A competence of the catalogue; {@code name} defaults to the id, {@code diversity} to false;
   * {@code perspective} (a diversity topic's perspective) is absent when none.
   */
  record CompetenceDoc(
      @JsonProperty(value = "id", required = true) @Check(notBlank = true) String id,
      @JsonProperty("name") String name,
      @JsonProperty("diversity") Boolean diversity,
      @JsonProperty("perspective") @Check(nullable = true) String perspective) {
    static CompetenceDoc of(Competence c) {
      return new CompetenceDoc(c.id(), c.name(), c.diversity(), c.perspective().orElse(null));
    }

    Competence toModel() {
      return new Competence(id, name == null ? id : name, Boolean.TRUE.equals(diversity), Optional.ofNullable(perspective));
    }
  }

  /** A topic's target number of pairs. */
  record TopicTargetDoc(
      @JsonProperty(value = "competence", required = true) String competence,
      @JsonProperty(value = "pairs", required = true) Integer pairs) {
    static TopicTargetDoc of(TopicTarget t) {
      return new TopicTargetDoc(t.competence(), t.pairs());
    }

    TopicTarget toModel() {
      return new TopicTarget(competence, pairs);
    }
  }

  /** What a person declared about themselves (perspective groups), with the consent to store it. */
  record SelfDeclarationDoc(
      @JsonProperty(value = "perspectives", required = true) List<String> perspectives,
      @JsonProperty(value = "consent", required = true) ConsentDoc consent) {
    static SelfDeclarationDoc of(SelfDeclaration d) {
      return new SelfDeclarationDoc(List.copyOf(d.perspectives()), ConsentDoc.of(d.consent()));
    }

    SelfDeclaration toModel() {
      return SelfDeclaration.of(perspectives, consent.toModel());
    }
  }

  /** The consent to store a self-declaration: when given and the reference of its record. */
  record ConsentDoc(
      @JsonProperty(value = "givenOn", required = true) LocalDate givenOn,
      @JsonProperty(value = "reference", required = true) @Check(notBlank = true) String reference) {
    static ConsentDoc of(Consent c) {
      return new ConsentDoc(c.givenOn(), c.reference());
    }

    Consent toModel() {
      return new Consent(givenOn, reference);
    }
  }

  /** A policy rule on an employee attribute; {@code maxDistance} defaults to 0, {@code whenMissing} to ALLOW. */
  record AttributeRuleDoc(
      @JsonProperty(value = "attribute", required = true) @Check(notBlank = true) String attribute,
      @JsonProperty(value = "kind", required = true) AttributeRule.Kind kind,
      @JsonProperty("maxDistance") Long maxDistance,
      @JsonProperty("whenMissing") AttributeRule.WhenMissing whenMissing) {
    static AttributeRuleDoc of(AttributeRule r) {
      return new AttributeRuleDoc(r.attribute(), r.kind(), r.kind() == AttributeRule.Kind.AT_MOST_APART ? r.maxDistance() : null,
          r.whenMissing() == AttributeRule.WhenMissing.ALLOW ? null : r.whenMissing());
    }

    AttributeRule toModel() {
      return new AttributeRule(attribute, kind, maxDistance == null ? 0 : maxDistance,
          whenMissing == null ? AttributeRule.WhenMissing.ALLOW : whenMissing);
    }
  }

  /** An employee of the org chart; {@code manager} null or absent for the top. */
  record EmployeeDoc(
      @JsonProperty(value = "id", required = true) @Check(notBlank = true) String id,
      @JsonProperty(value = "department", required = true) String department,
      @JsonProperty(value = "level", required = true) Integer level,
      @JsonProperty("manager") @JsonInclude(JsonInclude.Include.ALWAYS) @Check(nullable = true) String manager,
      @JsonProperty("name") @Check(nullable = true) String name,
      @JsonProperty("skills") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> skills,
      @JsonProperty("attributes") @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, List<String>> attributes,
      @JsonProperty("selfDeclaration") SelfDeclarationDoc selfDeclaration) {
    EmployeeDoc {
      skills = orEmpty(skills);
      attributes = attributes == null ? Map.of() : attributes;
    }

    static EmployeeDoc of(Employee e) {
      Map<String, List<String>> attributes = new LinkedHashMap<>();
      e.attributes().forEach((k, v) -> attributes.put(k, List.copyOf(v)));
      return new EmployeeDoc(e.id(), e.department(), e.level(), e.manager().orElse(null), e.displayName().orElse(null),
          List.copyOf(e.skills()), attributes, e.selfDeclaration().map(SelfDeclarationDoc::of).orElse(null));
    }

    Employee toModel(String path, Problems problems) {
      Set<String> seen = new HashSet<>();
      if (!skills.stream().allMatch(seen::add)) {
        problems.add(path + ".skills", "a skill is listed twice");
      }
      Employee e = new Employee(id, department, level, Optional.ofNullable(manager), Optional.ofNullable(name),
          ImmutableSet.copyOf(skills)).withAttributes(attributes);
      return selfDeclaration == null ? e : e.withSelfDeclaration(selfDeclaration.toModel());
    }
  }

  /** A mentee; {@code priority} defaults to 1, {@code topics} and {@code ranking} to empty. */
  record MenteeDoc(
      @JsonProperty(value = "employee", required = true) String employee,
      @JsonProperty("priority") Integer priority,
      @JsonProperty("topics") List<TopicDoc> topics,
      @JsonProperty("ranking") List<String> ranking) {
    MenteeDoc {
      topics = orEmpty(topics);
      ranking = orEmpty(ranking);
    }

    static MenteeDoc of(Mentee m) {
      return new MenteeDoc(m.employee(), m.priority(), map(m.topics(), TopicDoc::of), m.ranking());
    }

    Mentee toModel() {
      return new Mentee(employee, ImmutableList.copyOf(map(topics, TopicDoc::toModel)), priority == null ? 1 : priority,
          ImmutableList.copyOf(ranking));
    }
  }

  /** A topic a mentee asks for, with its weight. */
  record TopicDoc(
      @JsonProperty(value = "competence", required = true) String competence,
      @JsonProperty(value = "weight", required = true) Integer weight) {
    static TopicDoc of(TopicRequest t) {
      return new TopicDoc(t.competence(), t.weight());
    }

    TopicRequest toModel() {
      return new TopicRequest(competence, weight);
    }
  }

  /** A mentor; {@code capacity} defaults to 1, {@code nominated} to false, lists to empty. */
  record MentorDoc(
      @JsonProperty(value = "employee", required = true) String employee,
      @JsonProperty("capacity") Integer capacity,
      @JsonProperty("nominated") Boolean nominated,
      @JsonProperty("competences") List<ProficiencyDoc> competences,
      @JsonProperty("ranking") List<String> ranking) {
    MentorDoc {
      competences = orEmpty(competences);
      ranking = orEmpty(ranking);
    }

    static MentorDoc of(Mentor m) {
      return new MentorDoc(m.employee(), m.capacity(), m.nominated(), map(m.competences(), ProficiencyDoc::of),
          m.ranking());
    }

    Mentor toModel() {
      return new Mentor(employee, ImmutableList.copyOf(map(competences, ProficiencyDoc::toModel)),
          capacity == null ? 1 : capacity, Boolean.TRUE.equals(nominated), ImmutableList.copyOf(ranking));
    }
  }

  /** A competence a mentor holds, with its proficiency. */
  record ProficiencyDoc(
      @JsonProperty(value = "competence", required = true) String competence,
      @JsonProperty(value = "proficiency", required = true) Integer proficiency) {
    static ProficiencyDoc of(Proficiency p) {
      return new ProficiencyDoc(p.competence(), p.proficiency());
    }

    Proficiency toModel() {
      return new Proficiency(competence, proficiency);
    }
  }

  /** A pair of an earlier cycle, with the mentee's optional rating of the mentor. */
  record HistoryDoc(
      @JsonProperty(value = "cycle", required = true) String cycle,
      @JsonProperty(value = "mentee", required = true) String mentee,
      @JsonProperty(value = "mentor", required = true) String mentor,
      @JsonProperty("rating") @Check(nullable = true) Integer rating) {
    static HistoryDoc of(PastPair h) {
      return new HistoryDoc(h.cycle(), h.mentee(), h.mentor(), h.rating().isPresent() ? h.rating().getAsInt() : null);
    }

    PastPair toModel() {
      return new PastPair(cycle, mentee, mentor, rating == null ? OptionalInt.empty() : OptionalInt.of(rating));
    }
  }

  /** A mentee and a mentor (forbidden, pinned, locked, formed pairs). */
  record PairDoc(
      @JsonProperty(value = "mentee", required = true) String mentee,
      @JsonProperty(value = "mentor", required = true) String mentor) {
    static PairDoc of(Pair p) {
      return new PairDoc(p.mentee(), p.mentor());
    }

    Pair toModel() {
      return new Pair(mentee, mentor);
    }
  }

  /** An explicit pair score. */
  record PairScoreDoc(
      @JsonProperty(value = "mentee", required = true) String mentee,
      @JsonProperty(value = "mentor", required = true) String mentor,
      @JsonProperty(value = "score", required = true) Long score) {
    static PairScoreDoc of(PairScore s) {
      return new PairScoreDoc(s.mentee(), s.mentor(), s.score());
    }

    PairScore toModel() {
      return new PairScore(mentee, mentor, score);
    }
  }

  /** The policy; each absent key takes its value of {@link Policy#DEFAULT}. */
  record PolicyDoc(
      @JsonProperty("minLevelGap") Integer minLevelGap,
      @JsonProperty("reportingLine") ReportingLine reportingLine,
      @JsonProperty("reportingLineDepth") Integer reportingLineDepth,
      @JsonProperty("requireTopicMatch") Boolean requireTopicMatch,
      @JsonProperty("allowRepeatPairs") Boolean allowRepeatPairs,
      @JsonProperty("candidatePairs") CandidatePairs candidatePairs,
      @JsonProperty("weights") WeightsDoc weights,
      @JsonProperty("attributeRules") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<AttributeRuleDoc> attributeRules) {
    PolicyDoc {
      attributeRules = orEmpty(attributeRules);
    }

    static PolicyDoc of(Policy p) {
      return new PolicyDoc(p.minLevelGap(), p.reportingLine(), p.reportingLineDepth(), p.requireTopicMatch(),
          p.allowRepeatPairs(), p.candidatePairs(), WeightsDoc.of(p.weights()), map(p.attributeRules(), AttributeRuleDoc::of));
    }

    Policy toModel() {
      Policy d = Policy.DEFAULT;
      return Policy.builder()
          .minLevelGap(minLevelGap == null ? d.minLevelGap() : minLevelGap)
          .reportingLine(reportingLine == null ? d.reportingLine() : reportingLine)
          .reportingLineDepth(reportingLineDepth == null ? d.reportingLineDepth() : reportingLineDepth)
          .requireTopicMatch(requireTopicMatch == null ? d.requireTopicMatch() : requireTopicMatch)
          .allowRepeatPairs(allowRepeatPairs == null ? d.allowRepeatPairs() : allowRepeatPairs)
          .candidatePairs(candidatePairs == null ? d.candidatePairs() : candidatePairs)
          .weights(weights == null ? d.weights() : weights.toModel(d.weights()))
          .attributeRules(map(attributeRules, AttributeRuleDoc::toModel))
          .build();
    }
  }

  /**
   * The objective's weights; each absent key keeps its default. {@code perspectiveWeight} and
   * {@code topicTargetWeight} are written only when not 0 (their default), so files written
   * before they existed are written the same.
   */
  record WeightsDoc(
      @JsonProperty("topicWeight") Long topicWeight,
      @JsonProperty("levelGapWeight") Long levelGapWeight,
      @JsonProperty("levelGapCap") Long levelGapCap,
      @JsonProperty("crossDepartmentWeight") Long crossDepartmentWeight,
      @JsonProperty("ratingWeight") Long ratingWeight,
      @JsonProperty("preferenceWeight") Long preferenceWeight,
      @JsonProperty("departmentSpreadWeight") Long departmentSpreadWeight,
      @JsonProperty("mentorLoadWeight") Long mentorLoadWeight,
      @JsonProperty("perspectiveWeight") Long perspectiveWeight,
      @JsonProperty("topicTargetWeight") Long topicTargetWeight) {
    static WeightsDoc of(Weights w) {
      return new WeightsDoc(w.topicWeight(), w.levelGapWeight(), w.levelGapCap(), w.crossDepartmentWeight(),
          w.ratingWeight(), w.preferenceWeight(), w.departmentSpreadWeight(), w.mentorLoadWeight(),
          w.perspectiveWeight() == 0 ? null : w.perspectiveWeight(), w.topicTargetWeight() == 0 ? null : w.topicTargetWeight());
    }

    Weights toModel(Weights defaults) {
      Weights w = defaults;
      w = topicWeight == null ? w : w.withTopicWeight(topicWeight);
      w = levelGapWeight == null ? w : w.withLevelGapWeight(levelGapWeight);
      w = levelGapCap == null ? w : w.withLevelGapCap(levelGapCap);
      w = crossDepartmentWeight == null ? w : w.withCrossDepartmentWeight(crossDepartmentWeight);
      w = ratingWeight == null ? w : w.withRatingWeight(ratingWeight);
      w = preferenceWeight == null ? w : w.withPreferenceWeight(preferenceWeight);
      w = departmentSpreadWeight == null ? w : w.withDepartmentSpreadWeight(departmentSpreadWeight);
      w = mentorLoadWeight == null ? w : w.withMentorLoadWeight(mentorLoadWeight);
      w = perspectiveWeight == null ? w : w.withPerspectiveWeight(perspectiveWeight);
      w = topicTargetWeight == null ? w : w.withTopicTargetWeight(topicTargetWeight);
      return w;
    }
  }
}
