package org.isletsim.report;

/** Something that renders itself as an HTML fragment inside a report section. */
@FunctionalInterface
public interface Block {
  void render(StringBuilder out);

  /** A paragraph of escaped text. */
  static Block paragraph(String text) {
    return out -> out.append("<p>").append(Html.escape(text)).append("</p>\n");
  }

  /** A small muted note (sources, definitions). */
  static Block note(String text) {
    return out -> out.append("<p class=\"note\">").append(Html.escape(text)).append("</p>\n");
  }

  /** Blocks laid out side by side in a responsive grid (e.g. small multiples). */
  static Block grid(String cssClass, java.util.List<? extends Block> blocks) {
    java.util.List<Block> copy = java.util.List.copyOf(blocks);
    return out -> {
      out.append("<div class=\"grid ").append(Html.escape(cssClass)).append("\">\n");
      for (Block b : copy) {
        b.render(out);
      }
      out.append("</div>\n");
    };
  }
}
