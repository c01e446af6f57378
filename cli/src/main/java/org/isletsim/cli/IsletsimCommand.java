package org.isletsim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code isletsim} command line. Each sub-command is a small {@code Callable<Integer>}. */
@Command(
    name = "isletsim",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "In-silico trials of stem-cell-derived islet replacement therapy.",
    subcommands = {
      DemoCommand.class,
      SimulateCommand.class,
      PatientsCommand.class,
      ValidateCommand.class,
      BenchCommand.class,
      CgmCommand.class,
      MmttCommand.class,
      CourseCommand.class,
      TrialCommand.class,
      CandidacyCommand.class,
      CommandLine.HelpCommand.class
    })
public final class IsletsimCommand implements java.util.concurrent.Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** No command given: the usage on stderr and exit 2, as for any incomplete command line ({@code --help}: exit 0). */
  @Override
  public Integer call() {
    return Cli.missingSubcommand(spec.commandLine());
  }

  /** Builds the command line with the project's error handling (user errors exit 2, internal ones 1). */
  public static CommandLine commandLine() {
    return Cli.configure(new CommandLine(new IsletsimCommand()));
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
