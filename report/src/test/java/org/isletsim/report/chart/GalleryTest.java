package org.isletsim.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GalleryTest {
  @Test
  void galleryHasEveryGenericChartKind() {
    String html = Gallery.page().render();
    assertThat(html).contains("data-chart=\"xy\"", "data-chart=\"stacked-bar\"", "data-chart=\"swimmer\"",
        ">At risk</text>", "class=\"band\"").doesNotContain("<script");
    assertThat(html.split("<svg ", -1)).hasSize(5);
  }
}
