package org.isletsim.report.cgm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GriGridChartTest {
  @Test
  void componentsFollowKlonoff2023() {
    // VLow 1, Low 2 (tbr70 3), VHigh 4, High 10 (tar180 14)
    GriGridChart c = GriGridChart.of("g", 1, 3, 14, 4, 20.2, "B");
    assertThat(c.hypoComponent()).isCloseTo(1 + 0.8 * 2, within(1e-12));
    assertThat(c.hyperComponent()).isCloseTo(4 + 0.5 * 10, within(1e-12));
    // GRI = 3 hypo + 1.6 hyper = 3*2.6 + 1.6*9 = 22.2 = 3 VLow + 2.4 Low + 1.6 VHigh + 0.8 High
    assertThat(3 * c.hypoComponent() + 1.6 * c.hyperComponent()).isCloseTo(3 + 2.4 * 2 + 1.6 * 4 + 0.8 * 10,
        within(1e-12));
  }

  @Test
  void zonePolygonsAreClippedToThePlot() {
    // zone A (GRI <= 20) is the triangle (0,0), (20/3, 0), (0, 12.5); plot 246 x 252 px from (44, 262)
    assertThat(GriGridChart.zonePath(20)).isEqualTo("M44,262L98.67,262L44,209.5Z");
    // the worst zone covers the whole rectangle
    assertThat(GriGridChart.zonePath(Double.POSITIVE_INFINITY)).isEqualTo("M44,262L290,262L290,10L44,10Z");
    String svg = GriGridChart.of("g", 1, 3, 14, 4, 22.2, "B").svg();
    assertThat(svg).contains("data-zone=\"E\"").contains("class=\"point\"").contains("GRI 22.2 (zone B)");
  }
}
