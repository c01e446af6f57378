package org.isletsim.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
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
    reflowDescriptions(cl);
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

  /**
   * Command descriptions are written in the source as lines of about 110 characters; picocli would print each one
   * as its own paragraph and wrap it again at the help width, leaving ragged half-empty lines. This joins the
   * lines of one sentence back into one paragraph (a line ending in '.' or ':' or an empty line ends a
   * paragraph), for this command and all its subcommands, so picocli wraps the text once at the help width.
   */
  static void reflowDescriptions(CommandLine cl) {
    CommandLine.Model.UsageMessageSpec usage = cl.getCommandSpec().usageMessage();
    usage.description(reflow(usage.description()));
    for (CommandLine sub : cl.getSubcommands().values()) reflowDescriptions(sub);
  }

  /** Joins source lines into paragraphs: see {@link #reflowDescriptions}. */
  static String[] reflow(String[] lines) {
    List<String> out = new ArrayList<>();
    StringBuilder paragraph = null;
    for (String line : lines) {
      String text = line.strip();
      if (paragraph != null && !text.isEmpty()) {
        paragraph.append(' ').append(text);
      } else if (text.isEmpty()) {
        if (paragraph != null) out.add(paragraph.toString());
        out.add("");
        paragraph = null;
        continue;
      } else {
        paragraph = new StringBuilder(text);
      }
      if (text.endsWith(".") || text.endsWith(":")) {
        out.add(paragraph.toString());
        paragraph = null;
      }
    }
    if (paragraph != null) out.add(paragraph.toString());
    return out.toArray(new String[0]);
  }
}
