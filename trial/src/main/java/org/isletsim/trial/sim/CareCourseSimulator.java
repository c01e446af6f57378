package org.isletsim.trial.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.isletsim.care.course.CareEvent;
import org.isletsim.care.course.CourseOutput;
import org.isletsim.care.course.CourseRunner;
import org.isletsim.care.course.DailySummary;
import org.isletsim.care.glycation.LabNoise;
import org.isletsim.care.graft.IsletGraft;
import org.isletsim.care.policy.CarePolicy;
import org.isletsim.care.policy.CarePolicyLoader;
import org.isletsim.cgm.CgmMetrics;
import org.isletsim.cgm.GlucoseSeries;
import org.isletsim.graft.EndocrinePatient;
import org.isletsim.graft.GraftPlan;
import org.isletsim.graft.GraftState;
import org.isletsim.graft.Infusion;
import org.isletsim.graft.Mmtt;
import org.isletsim.graft.MmttResult;
import org.isletsim.graft.VirtualSubjects;
import org.isletsim.random.RandomStreams;
import org.isletsim.trial.cohort.VirtualPerson;
import org.isletsim.trial.protocol.Arm;

/**
 * A participant's course from the care layer (docs/trial.md "How a participant is simulated"): the care
 * module's {@link CourseRunner} drives the person's one-minute physiology as a graft recipient
 * ({@link IsletGraft}: the graft module's endocrine patient and daily graft process) through the arm's care
 * policy (regimen, day-to-day life, CGM, clinician titration and weaning, self-treated and severe
 * hypoglycaemia, immunosuppression and its adverse events, HbA1c by red-cell glycation). Per participant:
 *
 * <ul>
 *   <li>policy: the arm's weaning policy ({@code standard} = care's default policy), awareness from the
 *       person's Clarke score (≥ 4 impaired), immunosuppression on when the arm has any;
 *   <li>graft plan: {@link GraftPlanning} (the arm's dose and its rule for further infusions);
 *   <li>visits: CGM metrics of the {@value #CGM_WINDOW_DAYS} days before the visit day (the CGM module's
 *       {@link CgmMetrics.Consensus}; the day-0 window lies in the care run-in, before the infusion); lab HbA1c = the
 *       model HbA1c at the end of the previous day with the policy's analytical CV; insulin = mean daily dose of
 *       the window (day 0: the first week, when the graft is not yet functional); an MMTT on the visit day's
 *       graft state from the recipient's fasting state on the basal insulin of the day;
 *   <li>insulin independence at a visit: no insulin on the 14 days before and HbA1c &lt; 7%;
 *   <li>events: infusions and, for portal infusions, procedure bleeding 11.7% and branch portal-vein thrombosis
 *       3.9% per infusion (Ryan EA et al. Diabetes 2005;54:2060-2069: 15 and 5 of 128 procedures), serious;
 *       care's severe hypoglycaemia and immunosuppression events (neutropenia, serious infection, malignancy:
 *       serious) and death (the course ends).
 * </ul>
 *
 * Random streams: the care course's own ({@code (seed, person.id(), purpose)}), the graft's
 * {@code graft-biology}, procedures {@code trial-events}, lab {@code trial-lab}. Pure function of its
 * arguments.
 */
public final class CareCourseSimulator implements ParticipantSimulator {
  /** Days of CGM before a visit that its metrics use. */
  public static final int CGM_WINDOW_DAYS = 14;
  static final double BLEEDING_PER_PORTAL_INFUSION = 15.0 / 128;
  static final double THROMBOSIS_PER_PORTAL_INFUSION = 5.0 / 128;
  /** Clarke score from which awareness is impaired. */
  public static final int IMPAIRED_CLARKE = 4;

  private final CarePolicy standard;

  public CareCourseSimulator() {
    this(CarePolicyLoader.defaults());
  }

  /** With {@code standardPolicy} as the {@code standard} weaning policy. */
  public CareCourseSimulator(CarePolicy standardPolicy) {
    this.standard = standardPolicy;
  }

  @Override
  public ParticipantCourse simulate(VirtualPerson person, Arm arm, List<Integer> visitDays, int followUpDays, long seed) {
    GraftPlan plan = GraftPlanning.plan(person, arm, seed);
    List<AdverseEvent> events = new ArrayList<>();
    List<Integer> infusionDays = new ArrayList<>();
    UniformRandomProvider rng = RandomStreams.stream(seed, person.id(), "trial-events");
    for (Infusion inf : plan.infusions()) {
      infusionDays.add(inf.day());
      events.add(new AdverseEvent(inf.day(), AdverseEvent.INFUSION, false, String.format(Locale.ROOT, "infusion of %.0f IEQ", inf.ieq())));
      if (arm.site().portalDelivery()) {
        if (rng.nextDouble() < BLEEDING_PER_PORTAL_INFUSION) events.add(new AdverseEvent(inf.day(), AdverseEvent.PROCEDURE_BLEEDING, true, "intraperitoneal bleeding after portal infusion"));
        if (rng.nextDouble() < THROMBOSIS_PER_PORTAL_INFUSION) events.add(new AdverseEvent(inf.day(), AdverseEvent.PORTAL_VEIN_THROMBOSIS, true, "branch portal-vein thrombosis"));
      }
    }
    CarePolicy policy = policyFor(person, arm);
    IsletGraft graft = new IsletGraft(plan, person.demographics());
    Collector c = new Collector(visitDays, followUpDays, graft, events);
    runner(person, policy, graft, seed).withCgmSamples(c).run(followUpDays + 1, c);
    if (c.deathDay >= 0) {
      // infusions planned after death were never given (the plan, and its procedure draws, are made in advance)
      int death = c.deathDay;
      infusionDays.removeIf(day -> day > death);
      events.removeIf(e -> e.day() > death);
    }
    events.sort(Comparator.comparingInt(AdverseEvent::day));

    LabNoise lab = new LabNoise(policy.visits().hba1cLabCv(), 0.1, RandomStreams.stream(seed, person.id(), "trial-lab"));
    double basalUPerMin = person.physiology().basalUPerMin();
    double weightKg = person.physiology().bodyWeightKg();
    List<Visit> visits = new ArrayList<>();
    for (int day : visitDays) {
      if (day > c.lastDay || !c.cgmAtVisit.containsKey(day)) break; // died before the visit
      boolean baseline = day == 0;
      int labDay = Math.max(0, day - 1);
      double hba1c = lab.measure(c.hba1cModel[labDay]);
      GraftState st = c.graftAtVisit.get(day);
      double doseFrac = baseline ? 1 : c.doseFrac[labDay];
      EndocrinePatient mmttSubject = VirtualSubjects.recipient(person.physiology(), person.demographics(), plan, st);
      if (baseline) mmttSubject.setFunctionalFractions(0, 0);
      MmttResult mmtt = Mmtt.run(mmttSubject, basalUPerMin * doseFrac);
      double insulinU = baseline ? c.meanInsulin(0, 6) : c.meanInsulin(day - CGM_WINDOW_DAYS, day - 1);
      boolean independent = !baseline && day >= CGM_WINDOW_DAYS && c.insulinFree(day - CGM_WINDOW_DAYS, day - 1) && hba1c < 7.0;
      CgmMetrics.Consensus m = c.cgmAtVisit.get(day);
      visits.add(new Visit(day, hba1c, m.tir70to180(), m.tbr70(), m.tbr54(), m.tar180(), m.tar250(), m.cv(), m.gmi(), m.mean(),
          mmtt.fastingCpeptidePmolL(), mmtt.peakCpeptidePmolL(), mmtt.cpeptideAucPmolLMin(120), mmtt.fastingGlucoseMgDl(),
          insulinU / weightKg, independent, baseline ? 0 : st.betaFraction()));
    }
    return new ParticipantCourse(visits, events, infusionDays, c.insulinFree, c.deathDay);
  }

  /** The arm's policy for this person (awareness from the Clarke score, immunosuppression from the arm). */
  private CarePolicy policyFor(VirtualPerson person, Arm arm) {
    CarePolicy p = standard.withAwareness(person.awarenessScore() >= IMPAIRED_CLARKE ? "impaired" : "normal");
    String enabled = arm.immunosuppression().any() ? "yes" : "no";
    // the Edmonton protocol (Shapiro 2000/2006): IL-2 receptor antibody induction (daclizumab; basiliximab is care's
    // drug of that class), sirolimus with low-dose tacrolimus; glucocorticoid-free uses the care policy's own drugs
    return arm.immunosuppression().regimen().equals("edmonton")
        ? p.withImmunosuppression(enabled, "basiliximab", "tacrolimus+sirolimus")
        : p.withImmunosuppressionEnabled(enabled);
  }

  /** The participant's graft: the arm's plan for this person, with the person's own C-peptide kinetics. */
  private static IsletGraft graft(VirtualPerson person, Arm arm, long seed) {
    return new IsletGraft(GraftPlanning.plan(person, arm, seed), person.demographics());
  }

  /** The participant's care course (the same for simulate, cgm and trace: a pure function of its arguments). */
  private static CourseRunner runner(VirtualPerson person, CarePolicy policy, IsletGraft graft, long seed) {
    return new CourseRunner(person.physiology(), person.id(), policy, graft, seed);
  }

  private static int sampleMinutes(CarePolicy policy) {
    return org.isletsim.device.SensorParameters.named(policy.life().cgm()).sampleTimeMin();
  }

  /**
   * Replays the participant's course (the same course {@link #simulate} gives for this person, arm and seed) and
   * returns the CGM readings of days {@code fromDay…toDay} (negative days: the run-in before the infusion), e.g.
   * for an ambulatory glucose profile. Times are seconds from the start of the run-in (day −56 at midnight), so
   * that they are never negative. The course stops early at death.
   */
  public GlucoseSeries cgm(VirtualPerson person, Arm arm, int fromDay, int toDay, long seed) {
    if (toDay < fromDay) throw new IllegalArgumentException("toDay < fromDay");
    CarePolicy policy = policyFor(person, arm);
    int step = sampleMinutes(policy);
    int capacity = (toDay - fromDay + 1) * (1440 / step + 1);
    long[] t = new long[capacity];
    double[] g = new double[capacity];
    int[] n = {0};
    CourseRunner.CgmSampleSink sink = (day, minute, reading) -> {
      if (day >= fromDay && day <= toDay && n[0] < capacity) {
        t[n[0]] = (day + CourseRunner.RUN_IN_DAYS) * 86_400L + minute * 60L;
        g[n[0]++] = reading;
      }
    };
    runner(person, policy, graft(person, arm, seed), seed)
        .withCgmSamples(sink).run(Math.max(1, toDay + 1), CourseOutput.NONE);
    return GlucoseSeries.fromUnsorted(java.util.Arrays.copyOf(t, n[0]), java.util.Arrays.copyOf(g, n[0]));
  }

  /**
   * Replays the participant's course (as {@link #cgm}) for days 0…{@code followUpDays} and feeds every minute to
   * {@code sink} (time in minutes from day 0; the run-in is not traced).
   */
  public void trace(VirtualPerson person, Arm arm, int followUpDays, long seed, org.isletsim.simulation.MinuteSink sink) {
    runner(person, policyFor(person, arm), graft(person, arm, seed), seed)
        .withTrace(sink).run(followUpDays + 1, CourseOutput.NONE);
  }

  /** Collects what the visits need while the course streams; memory is O(follow-up days). */
  private static final class Collector implements CourseOutput, CourseRunner.CgmSampleSink {
    final boolean[] visitDay;
    final boolean[] insulinFree;
    final double[] insulinU, hba1cModel, doseFrac;
    final Map<Integer, CgmMetrics.Consensus> cgmAtVisit = new HashMap<>();
    final Map<Integer, GraftState> graftAtVisit = new HashMap<>();
    final IsletGraft graft;
    final List<AdverseEvent> events;
    // CGM ring: CGM_WINDOW_DAYS days of samples
    double[][] ring = new double[CGM_WINDOW_DAYS][300];
    int[] ringN = new int[CGM_WINDOW_DAYS];
    int[] ringDay = new int[CGM_WINDOW_DAYS];
    int currentDay = Integer.MIN_VALUE;
    int lastDay = -1, deathDay = -1;

    Collector(List<Integer> visits, int followUpDays, IsletGraft graft, List<AdverseEvent> events) {
      visitDay = new boolean[followUpDays + 2];
      for (int v : visits) visitDay[v] = true;
      insulinFree = new boolean[followUpDays + 1];
      insulinU = new double[followUpDays + 1];
      hba1cModel = new double[followUpDays + 1];
      doseFrac = new double[followUpDays + 1];
      Arrays.fill(ringDay, Integer.MIN_VALUE);
      this.graft = graft;
      this.events = events;
    }

    @Override
    public void sample(int day, int minuteOfDay, double readingMgDl) {
      if (day != currentDay) startDay(day);
      int slot = Math.floorMod(day, CGM_WINDOW_DAYS);
      if (ringN[slot] == ring[slot].length) ring[slot] = Arrays.copyOf(ring[slot], ring[slot].length * 2);
      ring[slot][ringN[slot]++] = readingMgDl;
    }

    private void startDay(int day) {
      currentDay = day;
      if (day >= 0 && day < visitDay.length && visitDay[day]) cgmAtVisit.put(day, windowMetrics(day));
      int slot = Math.floorMod(day, CGM_WINDOW_DAYS);
      ringN[slot] = 0;
      ringDay[slot] = day;
    }

    /** CGM metrics of days day−14 … day−1 (the samples kept in the ring). */
    private CgmMetrics.Consensus windowMetrics(int day) {
      int n = 0;
      for (int k = 0; k < CGM_WINDOW_DAYS; k++) if (ringDay[k] >= day - CGM_WINDOW_DAYS && ringDay[k] < day) n += ringN[k];
      double[] g = new double[n];
      int i = 0;
      for (int d = day - CGM_WINDOW_DAYS; d < day; d++) {
        int slot = Math.floorMod(d, CGM_WINDOW_DAYS);
        if (ringDay[slot] != d) continue;
        System.arraycopy(ring[slot], 0, g, i, ringN[slot]);
        i += ringN[slot];
      }
      return CgmMetrics.Consensus.of(g);
    }

    @Override
    public void day(DailySummary s) {
      int d = s.day();
      lastDay = d;
      insulinFree[d] = s.insulinU() == 0;
      insulinU[d] = s.insulinU();
      hba1cModel[d] = s.hba1cPct();
      doseFrac[d] = s.doseFrac();
      if (visitDay[d]) graftAtVisit.put(d, graft.state());
    }

    @Override
    public void event(CareEvent e) {
      switch (e.type()) {
        case "severe_hypoglycaemia" -> events.add(new AdverseEvent(e.day(), AdverseEvent.SEVERE_HYPOGLYCAEMIA, false, e.detail()));
        case "neutropenia" -> events.add(new AdverseEvent(e.day(), AdverseEvent.NEUTROPENIA, true, e.detail()));
        case "serious_infection" -> events.add(new AdverseEvent(e.day(), AdverseEvent.SERIOUS_INFECTION, true, e.detail()));
        case "malignancy" -> events.add(new AdverseEvent(e.day(), AdverseEvent.MALIGNANCY, true, e.detail()));
        case "death" -> {
          events.add(new AdverseEvent(e.day(), AdverseEvent.DEATH, true, e.detail()));
          deathDay = e.day();
        }
        default -> {}
      }
    }

    double meanInsulin(int from, int to) {
      double s = 0;
      int n = 0;
      for (int d = Math.max(0, from); d <= Math.min(to, lastDay); d++, n++) s += insulinU[d];
      return n == 0 ? 0 : s / n;
    }

    boolean insulinFree(int from, int to) {
      if (to > lastDay) return false;
      for (int d = Math.max(0, from); d <= to; d++) if (!insulinFree[d]) return false;
      return true;
    }
  }
}
