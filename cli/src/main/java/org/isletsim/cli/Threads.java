package org.isletsim.cli;

import org.isletsim.InvalidInputException;

/** The {@code --threads} rule shared by commands: 0 = all processors, otherwise 1..256. */
final class Threads {
  private Threads() {}

  static int resolve(int requested) {
    if (requested == 0) return Runtime.getRuntime().availableProcessors();
    if (requested < 0 || requested > 256) {
      throw new InvalidInputException("--threads " + requested + ": expected 1..256, or 0 for all processors");
    }
    return requested;
  }
}
