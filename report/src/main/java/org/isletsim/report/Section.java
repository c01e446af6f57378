package org.isletsim.report;

import java.util.List;
import java.util.Objects;

/** A titled part of a report; {@code id} becomes the HTML anchor (letters, digits and '-'). */
public record Section(String id, String heading, List<Block> blocks) {
  public Section {
    Objects.requireNonNull(heading, "heading");
    if (id == null || !id.matches("[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException("section id '" + id + "': expected lower-case letters, digits and '-'");
    }
    blocks = List.copyOf(blocks);
  }

  public static Section of(String id, String heading, Block... blocks) {
    return new Section(id, heading, List.of(blocks));
  }

  void render(StringBuilder out) {
    out.append("<section id=\"").append(id).append("\">\n<h2>").append(Html.escape(heading)).append("</h2>\n");
    for (Block b : blocks) {
      b.render(out);
    }
    out.append("</section>\n");
  }
}
