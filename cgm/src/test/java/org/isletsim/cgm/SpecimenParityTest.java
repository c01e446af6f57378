package org.isletsim.cgm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import org.isletsim.cgm.io.CgmImporters;
import org.isletsim.cgm.io.ImportOptions;
import org.isletsim.cgm.io.ImportResult;
import org.isletsim.cgm.io.Timestamps;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every metric of docs/cgm.md on the two public specimens against their {@code .expected.json} values, which were
 * computed by an independent implementation of iglu's definitions (metrics_ref.py, see docs/cgm.md). Tolerance 1e-9
 * relative: the same arithmetic in a different order.
 */
class SpecimenParityTest {

  private static void close(String key, double actual, JsonNode expected) {
    if (expected == null || expected.isNull()) {
      assertThat(actual).as(key).isNaN();
    } else {
      double e = expected.asDouble();
      assertThat(actual).as(key).isCloseTo(e, within(1e-9 * Math.max(1, Math.abs(e))));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {Specimens.DEXCOM, Specimens.NIGHTSCOUT})
  void scalarMetricsMatchReference(String specimen) {
    ImportResult r = CgmImporters.standard().read(Specimens.path(specimen), null, ImportOptions.defaults());
    JsonNode exp = Specimens.expected(specimen);
    CgmMetrics m = CgmMetrics.of(r.series());
    assertThat(Timestamps.format(m.startEpochSec())).isEqualTo(exp.get("start").asText());
    assertThat(Timestamps.format(m.endEpochSec())).isEqualTo(exp.get("end").asText());
    GlucoseGrid grid = GlucoseGrid.of(r.series());
    assertThat(grid.dt0Min()).isEqualTo(exp.get("dt0_min").asInt());
    assertThat(grid.nDays()).isEqualTo(exp.get("grid_days").asInt());
    for (Map.Entry<String, Object> e : m.scalars().entrySet()) {
      if (e.getKey().equals("gri_zone")) {
        continue;
      }
      assertThat(exp.has(e.getKey())).as("expected has " + e.getKey()).isTrue();
      close(e.getKey(), ((Number) e.getValue()).doubleValue(), exp.get(e.getKey()));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {Specimens.DEXCOM, Specimens.NIGHTSCOUT})
  void episodesMatchReference(String specimen) {
    ImportResult r = CgmImporters.standard().read(Specimens.path(specimen), null, ImportOptions.defaults());
    JsonNode exp = Specimens.expected(specimen).get("episodes");
    Map<String, EpisodeSummary> eps = CgmMetrics.of(r.series()).episodes();
    for (Iterator<String> it = exp.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      EpisodeSummary s = eps.get(k);
      JsonNode e = exp.get(k);
      assertThat(s.totalEpisodes()).as(k + " total").isEqualTo(e.get("total_episodes").asInt());
      close(k + " per day", s.avgEpisodesPerDay(), e.get("avg_ep_per_day"));
      close(k + " duration", s.avgEpisodeDurationMin(), e.get("avg_ep_duration"));
      close(k + " glucose", s.avgEpisodeGlucoseMgDl(), e.get("avg_ep_gl"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {Specimens.DEXCOM, Specimens.NIGHTSCOUT})
  void agpMatchesReference(String specimen) {
    ImportResult r = CgmImporters.standard().read(Specimens.path(specimen), null, ImportOptions.defaults());
    JsonNode exp = Specimens.expected(specimen).get("agp_quantiles_5_25_50_75_95");
    AgpProfile agp = AgpProfile.of(r.series());
    assertThat(agp.minuteOfDay()).hasSize(exp.size());
    for (int j = 0; j < agp.minuteOfDay().length; j++) {
      String label = AgpProfile.label(agp.minuteOfDay()[j]);
      JsonNode row = exp.get(label);
      assertThat(row).as(label).isNotNull();
      for (int p = 0; p < 5; p++) {
        close(label + " p" + p, agp.percentilesMgDl()[j][p], row.get(p));
      }
    }
  }
}
