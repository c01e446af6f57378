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
    keepDottedWordsWhole(cl);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          PrintWriter err = ex.getCommandLine().getErr();
          // one line, as every user error: the problem, then where the options are described
          err.println("isletsim: " + restoreDots(ex.getMessage()).strip().replace('\n', ' ') + " (see '"
              + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
          err.flush();
          return EXIT_USAGE;
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          if (ex instanceof InvalidInputException || ex instanceof CommandLine.ParameterException) {
            err.println("isletsim: " + restoreDots(ex.getMessage()));
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

  /** A command that needs a subcommand was given none: its usage on stderr, exit {@value #EXIT_USAGE}. */
  static int missingSubcommand(CommandLine cl) {
    PrintWriter err = cl.getErr();
    err.println(cl.getCommandSpec().qualifiedName() + ": a command is missing; expected one of "
        + String.join(", ", cl.getSubcommands().keySet()));
    cl.usage(err);
    err.flush();
    return EXIT_USAGE;
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

  /**
   * Stands in for a '.' inside a word ("docs/trial.md", "PROFILE.yaml", "0..days") while picocli wraps help text.
   * picocli breaks lines where {@link java.text.BreakIterator#getLineInstance()} allows, and the JDK's rules allow
   * a break after every '.' followed by a letter, which printed "docs/trial." at the end of one line and "md" at
   * the start of the next. A private-use character is an ordinary letter to the break rules and has the width of
   * the dot it replaces, so the layout is unchanged; every help section and error message puts the dot back.
   */
  static final char WORD_DOT = '\uE000';

  private static final java.util.regex.Pattern DOT_IN_WORD = java.util.regex.Pattern.compile("\\.(?=[\\p{Alnum}_*\\[<(.])");

  /** Replaces every '.' followed by a word character (or another dot) with {@link #WORD_DOT}. */
  static String guardDots(String text) {
    return text == null ? null : DOT_IN_WORD.matcher(text).replaceAll(String.valueOf(WORD_DOT));
  }

  /** Undoes {@link #guardDots}. */
  static String restoreDots(String text) {
    return text == null ? null : text.replace(WORD_DOT, '.');
  }

  /**
   * Guards the dots of descriptions and parameter labels (this command and its subcommands) and makes every help
   * section restore them: see {@link #WORD_DOT}.
   */
  static void keepDottedWordsWhole(CommandLine cl) {
    CommandLine.Model.CommandSpec spec = cl.getCommandSpec();
    spec.usageMessage().description(guardAll(spec.usageMessage().description()));
    for (CommandLine.Model.OptionSpec o : new ArrayList<>(spec.options())) {
      if (guarded(o.description(), o.paramLabel())) {
        spec.remove(o);
        spec.addOption(o.toBuilder().description(guardAll(o.description())).paramLabel(guardDots(o.paramLabel())).build());
      }
    }
    for (CommandLine.Model.PositionalParamSpec p : new ArrayList<>(spec.positionalParameters())) {
      if (guarded(p.description(), p.paramLabel())) {
        spec.remove(p);
        spec.addPositional(p.toBuilder().description(guardAll(p.description())).paramLabel(guardDots(p.paramLabel())).build());
      }
    }
    java.util.Map<String, CommandLine.IHelpSectionRenderer> sections = new java.util.LinkedHashMap<>();
    cl.getHelpSectionMap().forEach((key, renderer) -> sections.put(key, help -> restoreDots(renderer.render(help))));
    cl.setHelpSectionMap(sections);
    for (CommandLine sub : cl.getSubcommands().values()) keepDottedWordsWhole(sub);
  }

  private static boolean guarded(String[] description, String label) {
    return !java.util.Objects.equals(label, guardDots(label)) || !java.util.Arrays.equals(description, guardAll(description));
  }

  private static String[] guardAll(String[] lines) {
    String[] out = new String[lines.length];
    for (int i = 0; i < lines.length; i++) out[i] = guardDots(lines[i]);
    return out;
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
