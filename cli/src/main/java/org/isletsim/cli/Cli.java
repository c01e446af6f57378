package org.isletsim.cli;

import java.io.PrintWriter;
import org.isletsim.InvalidInputException;
import picocli.CommandLine;

/** Shared command-line policy: exit codes and how errors are printed. */
public final class Cli {
  /** Exit code for bad user input (flags, files, values). */
  public static final int EXIT_USAGE = 2;
  /** Exit code for internal failures. */
  public static final int EXIT_INTERNAL = 1;

  private Cli() {}

  static CommandLine configure(CommandLine cl) {
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          PrintWriter err = ex.getCommandLine().getErr();
          err.println("isletsim: " + ex.getMessage());
          err.println("Run '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
          err.flush();
          return EXIT_USAGE;
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          if (ex instanceof InvalidInputException || ex instanceof CommandLine.ParameterException) {
            err.println("isletsim: " + ex.getMessage());
            err.flush();
            return EXIT_USAGE;
          }
          err.println("isletsim: internal error: " + ex);
          ex.printStackTrace(err);
          err.flush();
          return EXIT_INTERNAL;
        });
    return cl;
  }
}
