package org.isletsim.report.chart;

import org.isletsim.report.Block;
import org.isletsim.report.Html;

/** A chart rendered server-side as inline SVG inside a {@code <figure class="chart">}. */
public interface Chart extends Block {
  /** Caption above the chart (may be null). */
  String title();

  /** The chart's {@code <svg>} element. */
  String svg();

  @Override
  default void render(StringBuilder out) {
    out.append("<figure class=\"chart\">\n");
    if (title() != null) {
      out.append("<figcaption>").append(Html.escape(title())).append("</figcaption>\n");
    }
    out.append(svg()).append("</figure>\n");
  }
}
