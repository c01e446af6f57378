package org.isletsim.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParserMessagesTest {
  @Test
  void keepsTheFirstLineAndRewritesJacksonLocations() {
    String jackson = "Unexpected end-of-input: expected close marker for Object (start marker at [Source: REDACTED "
        + "(`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 81])\n at [Source: x; line: 1]";
    assertThat(ParserMessages.firstLine(jackson))
        .isEqualTo("Unexpected end-of-input: expected close marker for Object (start marker at line 1, column 81)");
    assertThat(ParserMessages.firstLine("plain")).isEqualTo("plain");
    assertThat(ParserMessages.firstLine(null)).isEmpty();
  }
}
