package org.isletsim.graft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the project's YAML readers refuse although YAML allows it: they used to pass it over in silence. */
class YamlSyntaxTest {
  @Test
  void aSecondDocumentIsNamedWithItsLine() {
    YamlSyntax.Error e = YamlSyntax.unsupported("site: portal-vein\n---\nsite: omentum\n");
    assertThat(e).isNotNull();
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.message()).isEqualTo("a second YAML document ('---'); expected one document per file");
  }

  @Test
  void anAliasIsNamed() {
    YamlSyntax.Error e = YamlSyntax.unsupported("a: &s portal-vein\nsite: *s\n");
    assertThat(e).isNotNull();
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.message()).startsWith("alias '*s': YAML anchors and aliases are not supported");
  }

  @Test
  void ordinaryDocumentsPass() {
    assertThat(YamlSyntax.unsupported("---\nproduct: x\ninfusions:\n  - {day: 0, dose: 1e9}\n  - day: 30\n")).isNull();
    assertThat(YamlSyntax.unsupported("")).isNull();
    assertThat(YamlSyntax.unsupported("product: [\n")).isNull(); // a syntax error: the reader's to report
  }
}
