package org.isletsim.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void escapesMarkupAndQuotes() {
    assertThat(Html.escape("<b a=\"1\">R&D's</b>")).isEqualTo("&lt;b a=&quot;1&quot;&gt;R&amp;D&#39;s&lt;/b&gt;");
    assertThat(Html.escape(null)).isEmpty();
  }

  @Test
  void numbersAreLocaleIndependentAndNaNIsADash() {
    java.util.Locale saved = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.GERMANY);
      assertThat(Html.number(1234.5678, 2)).isEqualTo("1234.57");
    } finally {
      java.util.Locale.setDefault(saved);
    }
    assertThat(Html.number(Double.NaN, 1)).isEqualTo("\u2013");
    assertThat(Html.number(-0.04, 1)).isEqualTo("0.0");
    assertThat(Html.number(7, 0)).isEqualTo("7");
  }
}
