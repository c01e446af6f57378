package org.isletsim.candidacy.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.isletsim.candidacy.Examples;
import org.isletsim.candidacy.profile.Profile;
import org.isletsim.candidacy.profile.ProfileReader;
import org.isletsim.candidacy.sim.PhysiologyRunner;
import org.isletsim.candidacy.sim.SimulatedCourse;
import org.isletsim.candidacy.sim.Strategies;
import org.isletsim.candidacy.sim.Strategy;
import org.isletsim.candidacy.twin.Conditioning;
import org.isletsim.candidacy.twin.Twin;
import org.isletsim.candidacy.twin.TwinSampler;
import org.isletsim.care.policy.CarePolicy;
import org.isletsim.care.policy.CarePolicyLoader;
import org.isletsim.simulation.OrderedParallel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The graft strategy's approximation (one year of physiology, then the cheap layer) against five years of full
 * one-minute physiology for the same twins: QALYs, insulin independence by year, severe events
 * (docs/VALIDATION.md "Candidacy"). {@code mvn -B test -Pslow -pl candidacy -am -Dtest=WindowApproximationSlowTest}
 */
@Tag("slow")
class WindowApproximationSlowTest {
  @ParameterizedTest
  @ValueSource(strings = {"eligible-severe", "well-controlled"})
  void approximationAgreesWithFiveYearsOfPhysiology(String name) {
    int n = 10, years = 5;
    Profile p = ProfileReader.read(Examples.profile(name));
    CarePolicy policy = CarePolicyLoader.defaults();
    List<Strategy> st = Strategies.forTherapy(p.therapy(), List.of());
    List<Twin> twins = TwinSampler.sample(p, n, 1);
    PhysiologyRunner r = new PhysiologyRunner(p, policy, 1);
    List<List<SimulatedCourse>> window = new ArrayList<>(), full = new ArrayList<>();
    OrderedParallel.map(twins, 2, t -> {
      SimulatedCourse cur = r.simulate(t, st.get(0)), hcl = r.simulate(t, st.get(1));
      return List.of(List.of(cur, hcl, r.simulate(t, st.get(2))), List.of(cur, hcl, r.simulate(t, st.get(2), years * 365)));
    }, l -> {
      window.add(l.get(0));
      full.add(l.get(1));
    });
    Conditioning c = Conditioning.of(p, twins, window.stream().map(x -> x.get(0)).toList(), policy, 1);
    ModelInputs in = ModelInputs.defaults(policy);
    var a = new OutcomeModel(p, twins, st, window, c, policy, years, 1).evaluate(in);
    var f = new OutcomeModel(p, twins, st, full, c, policy, years, 1).evaluate(in);
    double bias = 0, mae = 0, sheA = 0, sheF = 0;
    int[] iiA = new int[years], iiF = new int[years];
    for (int i = 0; i < n; i++) {
      TwinOutcome x = a.get(i).get(2), y = f.get(i).get(2);
      bias += (x.qaly() - y.qaly()) / n;
      mae += Math.abs(x.qaly() - y.qaly()) / n;
      sheA += x.severeEventsTotal() / n;
      sheF += y.severeEventsTotal() / n;
      for (int k = 0; k < years; k++) {
        if (x.insulinFreeAtYearEnd()[k]) iiA[k]++;
        if (y.insulinFreeAtYearEnd()[k]) iiF[k]++;
      }
    }
    System.out.printf(Locale.ROOT, "%s: QALY bias %+.3f, MAE %.3f; severe events over %d y: approx %.2f, full %.2f; "
        + "insulin independent by year: approx %s, full %s%n", name, bias, mae, years, sheA, sheF,
        java.util.Arrays.toString(iiA), java.util.Arrays.toString(iiF));
    assertThat(Math.abs(bias)).isLessThan(0.1);
    assertThat(mae).isLessThan(0.15);
    for (int k = 0; k < years; k++) assertThat(Math.abs(iiA[k] - iiF[k])).isLessThanOrEqualTo(2);
  }
}
