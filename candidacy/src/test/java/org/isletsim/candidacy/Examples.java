package org.isletsim.candidacy;

import java.nio.file.Path;

/** Where the repository's examples/ are (system property set by the pom; ../examples from the module otherwise). */
public final class Examples {
  private Examples() {}

  public static Path dir() {
    return Path.of(System.getProperty("isletsim.examples", "../examples"));
  }

  public static Path profile(String name) {
    return dir().resolve("profiles").resolve(name + ".yaml");
  }
}
