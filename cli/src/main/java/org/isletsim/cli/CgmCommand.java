package org.isletsim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code isletsim cgm}: real CGM exports — metrics, AGP, conversion and the AGP report (docs/cgm.md). */
@Command(
    name = "cgm",
    mixinStandardHelpOptions = true,
    description = "Import CGM exports (Dexcom Clarity, LibreView, CareLink, Nightscout, OhioT1DM, generic CSV) and"
        + " compute consensus metrics with iglu parity.",
    subcommands = {CgmMetricsCommand.class, CgmAgpCommand.class, CgmConvertCommand.class, CgmReportCommand.class})
public final class CgmCommand implements java.util.concurrent.Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** No subcommand given: the usage on stderr and exit 2. */
  @Override
  public Integer call() {
    return Cli.missingSubcommand(spec.commandLine());
  }
}
