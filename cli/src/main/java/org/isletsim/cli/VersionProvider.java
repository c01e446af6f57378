package org.isletsim.cli;

import picocli.CommandLine;

/** Reports the version recorded in the jar manifest (or "dev" when run from classes). */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = IsletsimCommand.class.getPackage().getImplementationVersion();
    return new String[] {"isletsim " + (v == null ? "dev" : v)};
  }
}
