package org.isletsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {
  @TempDir Path dir;

  /** Result of one command-line run. */
  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    CommandLine cl = IsletsimCommand.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));
    PrintStream oldOut = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      int code = cl.execute(args);
      return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString());
    } finally {
      System.setOut(oldOut);
    }
  }

  static Path shared() {
    return Path.of(System.getProperty("isletsim.shared", "../../shared"));
  }

  @Test
  void descriptionLinesOfOneSentenceAreJoinedIntoOneParagraph() {
    assertThat(Cli.reflow(new String[] {"Runs the preset, one", "year) and writes", "a file.", "Columns: a,b.", "",
        "Last line: x=N"}))
        .containsExactly("Runs the preset, one year) and writes a file.", "Columns: a,b.", "", "Last line: x=N");
  }

  /** Every command's help wraps its description once: no ragged half-empty lines in the middle of a paragraph. */
  @Test
  void helpDescriptionsAreNotRagged() {
    CommandLine root = IsletsimCommand.commandLine();
    List<CommandLine> commands = new ArrayList<>(List.of(root));
    for (int i = 0; i < commands.size(); i++) commands.addAll(commands.get(i).getSubcommands().values());
    assertThat(commands).hasSizeGreaterThan(10);
    for (CommandLine c : commands) {
      int width = c.getUsageHelpWidth();
      String[] printed = new CommandLine.Help(c.getCommandSpec()).description().split("\\R");
      for (int i = 0; i + 1 < printed.length; i++) {
        String line = printed[i].strip();
        boolean endsParagraph = printed[i + 1].isBlank() || line.isEmpty() || line.endsWith(".") || line.endsWith(":");
        if (!endsParagraph) {
          assertThat(printed[i].length()).as(c.getCommandSpec().qualifiedName() + " help line '" + line + "'")
              .isGreaterThan(width - 25);
        }
      }
    }
  }

  /**
   * No help screen splits a dotted word over two lines ("docs/trial." then "md"): the JDK's line breaking allows a
   * break after any '.', so {@link Cli#keepDottedWordsWhole} guards those dots, and no guard character leaks out.
   */
  @Test
  void helpNeverSplitsAWordAtItsDot() {
    CommandLine root = IsletsimCommand.commandLine();
    List<CommandLine> commands = new ArrayList<>(List.of(root));
    for (int i = 0; i < commands.size(); i++) commands.addAll(commands.get(i).getSubcommands().values());
    for (CommandLine c : commands) {
      String usage = c.getUsageMessage();
      String name = c.getCommandSpec().qualifiedName();
      assertThat(usage).as(name).doesNotContain(String.valueOf(Cli.WORD_DOT));
      String[] lines = usage.split("\\R");
      for (int i = 0; i + 1 < lines.length; i++) {
        String a = lines[i].stripTrailing(), b = lines[i + 1].strip();
        boolean continues = indent(lines[i + 1]) >= indent(lines[i]); // not the next row of a table
        boolean splitWord = continues && a.endsWith(".") && !a.endsWith("e.g.") && !a.endsWith("i.e.")
            && !a.endsWith("...") && b.matches("[a-z0-9].*");
        assertThat(splitWord).as(name + " help lines '" + a + "' / '" + b + "'").isFalse();
      }
    }
    assertThat(Cli.guardDots("see docs/trial.md (or .parquet), 0..days. Done.")).doesNotContain(".md", ".parquet", "..d")
        .endsWith(" Done.");
    assertThat(Cli.restoreDots(Cli.guardDots("see docs/trial.md (or .parquet), 0..days. Done.")))
        .isEqualTo("see docs/trial.md (or .parquet), 0..days. Done.");
  }

  private static int indent(String line) {
    return line.length() - line.stripLeading().length();
  }

  @Test
  void simulateWritesOneRowPerPatientPerMinute() throws Exception {
    Path out = dir.resolve("t.csv");
    Run r = run("simulate", "--patient", "adult#001,child#002", "--days", "1", "--controller", "bb",
        "--sensor", "Dexcom", "--pump", "Insulet", "--seed", "3", "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0)).startsWith("patient,t_min,bg_mgdl,cgm_mgdl,cho_g_per_min,insulin_u_per_min,plasma_bg_mgdl");
    assertThat(lines).hasSize(1 + 2 * 1441);
    assertThat(lines.get(1)).startsWith("adult#001,0,");
    assertThat(lines.get(1441)).startsWith("adult#001,1440,");
    assertThat(lines.get(1442)).startsWith("child#002,0,");
    // 07:00 meal: the patient eats 5 g/min from minute 420
    assertThat(lines.get(1 + 420).split(",")[4]).isEqualTo("5.0");
    assertThat(lines.get(1 + 419).split(",")[4]).isEqualTo("0.0");
  }

  @Test
  void statesAndMealCsvAndIdealDevices() throws Exception {
    Path meals = dir.resolve("meals.csv");
    Files.writeString(meals, "t_min,cho_g\n30,20\n");
    Path out = dir.resolve("s.csv");
    Run r = run("simulate", "--patient", "adolescent#001", "--days", "1", "--meals", meals.toString(),
        "--controller", "basal", "--sensor", "ideal", "--sample-min", "1", "--pump", "ideal", "--states", "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0).split(",")).hasSize(7 + 13);
    assertThat(lines.get(1 + 30).split(",")[4]).isEqualTo("5.0");
    assertThat(lines.get(1 + 34).split(",")[4]).isEqualTo("0.0");
    String[] first = lines.get(1).split(",");
    assertThat(Double.parseDouble(first[3])).isEqualTo(Double.parseDouble(first[2])); // ideal CGM = BG
  }

  @Test
  void outputDoesNotDependOnThreads() throws Exception {
    Path a = dir.resolve("a.csv"), b = dir.resolve("b.csv");
    assertThat(run("simulate", "--patient", "all", "--days", "1", "--meals", "random", "--seed", "9", "--threads", "1", "--out", a.toString()).exit()).isZero();
    assertThat(run("simulate", "--patient", "all", "--days", "1", "--meals", "random", "--seed", "9", "--threads", "2", "--out", b.toString()).exit()).isZero();
    assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
  }

  @Test
  void badInputIsOneLineExitTwoAndNoOutput() throws Exception {
    Path out = dir.resolve("never.csv");
    String o = out.toString();
    Path badMeals = dir.resolve("bad.csv");
    Files.writeString(badMeals, "t_min,cho_g\n10,abc\n");
    Path late = dir.resolve("late.csv");
    Files.writeString(late, "t_min,cho_g\n420,45\n2000000,20\n");
    Path twice = dir.resolve("twice.csv");
    Files.writeString(twice, "t_min,cho_g\n10,45\n10,30\n");
    String[][] cases = {
      {"simulate", "--patient", "adult#042", "--days", "1", "--out", o},
      {"simulate", "--patient", "adult#001", "--days", "-1", "--out", o},
      {"simulate", "--patient", "adult#001", "--days", "100000", "--out", o},
      {"simulate", "--patient", "adult#001", "--days", "1", "--meals", "7=45", "--out", o},
      {"simulate", "--patient", "adult#001", "--days", "1", "--meals", badMeals.toString(), "--out", o},
      {"simulate", "--patient", "adult#001", "--days", "1", "--sensor", "Libre", "--out", o},
      {"simulate", "--patient", "adult#001", "--days", "1", "--pump", "Medtronic", "--out", o},
      {"simulate", "--patient", "adult#001", "--days", "1", "--controller", "mpc", "--out", o},
      {"simulate", "--patient", "adult#001", "--days", "x", "--out", o},
      {"simulate", "--patient", "adult#001", "--days", "1", "--start", "7am", "--out", o},
      {"simulate", "--patient", "adult#001", "--days", "1", "--threads", "-3", "--out", o},
      {"simulate", "--days", "1", "--out", o},
      {"nosuchcommand"},
      {"simulate", "--patient", "adult#001", "--days", "1", "--sensor", "Dexcom", "--sample-min", "5", "--out", o},
      {"simulate", "--patient", "adult#001", "--days", "1", "--meals", late.toString(), "--out", o},
      {"simulate", "--patient", "adult#001", "--days", "1", "--meals", "07:00=45,07:00=30", "--out", o},
      {"simulate", "--patient", "adult#001", "--days", "1", "--meals", twice.toString(), "--out", o},
    };
    String[] expected = {
      "unknown patient 'adult#042'", "--days -1", "--days 100000", "--meals item 1", "bad.csv:2: column 2 (cho_g)",
      "unknown sensor 'Libre': expected one of Dexcom, GuardianRT, Navigator, ideal",
      "unknown pump 'Medtronic': expected one of Cozmo, Insulet, ideal",
      "unknown controller 'mpc': expected one of basal, bb", "'x' is not an int", "--start", "--threads -3",
      "Missing required option: '--patient", "Unmatched argument",
      "--sample-min applies only to --sensor ideal; Dexcom samples every 3 min",
      "late.csv:3: column 1 (t_min): 2000000 is beyond the run; expected 0..1439",
      "--meals item 2 '07:00=30': a second meal at 07:00", "twice.csv:3: column 1 (t_min): a second meal at minute 10"
    };
    for (int i = 0; i < cases.length; i++) {
      Run r = run(cases[i]);
      assertThat(r.exit()).as(String.join(" ", cases[i])).isEqualTo(2);
      assertThat(r.err()).as(String.join(" ", cases[i])).contains(expected[i]).doesNotContain("Exception").doesNotContain("\tat ");
      assertThat(out).doesNotExist();
    }
    try (var s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("bad.csv", "late.csv", "twice.csv");
    }
  }

  @Test
  void validatePassesOnTheSharedTracesAndFailsAtZeroTolerance() {
    String refDir = shared().resolve("data/simglucose/reference").toString();
    Run ok = run("validate", "--reference", refDir);
    assertThat(ok.exit()).as(ok.err()).isZero();
    assertThat(ok.out()).contains("bb_adult_001.csv.gz,adult#001,bb,480,").contains("6 trace(s)").contains("all within");
    Run strict = run("validate", "--reference", refDir, "--tolerance", "0");
    assertThat(strict.exit()).isEqualTo(ValidateCommand.EXIT_MISMATCH);
    assertThat(strict.out()).contains("FAIL");
    Run exact = run("validate", "--reference", refDir, "--integrator", "reference", "--tolerance", "1e-8");
    assertThat(exact.exit()).as(exact.out()).isZero();
    Run cross = run("validate", "--cross-check");
    assertThat(cross.exit()).as(cross.out()).isZero();
    assertThat(cross.out()).contains("adolescent#005,bb,").contains("60 runs");
    Run none = run("validate");
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).contains("--reference DIR");
    Run missing = run("validate", "--reference", dir.resolve("nope").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("reference directory not found");
    Run bogus = run("validate", "--cross-check", "--integrator", "bogus");
    assertThat(bogus.exit()).isEqualTo(2);
    assertThat(bogus.err()).contains("unknown integrator 'bogus'");
  }

  /** A truncated trace or a negative t_min is bad input (exit 2, file and line), not "ok" or a stack trace. */
  @Test
  void validateRejectsTruncatedTracesAndNegativeMinutes() throws Exception {
    Path src = shared().resolve("data/simglucose/reference/openloop_adult_001.csv.gz");
    List<String> lines;
    try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(src))) {
      lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
    }
    Path truncated = Files.createDirectories(dir.resolve("truncated"));
    Files.write(truncated.resolve("openloop_adult_001.csv"), lines.subList(0, 3));
    Run t = run("validate", "--reference", truncated.toString());
    assertThat(t.exit()).isEqualTo(2);
    assertThat(t.err()).contains("2 data rows; expected 1441").doesNotContain("Exception");
    Path negative = Files.createDirectories(dir.resolve("negative"));
    List<String> neg = new java.util.ArrayList<>(lines);
    neg.set(1, "-1" + neg.get(1).substring(neg.get(1).indexOf(',')));
    Files.write(negative.resolve("openloop_adult_001.csv"), neg);
    Run n = run("validate", "--reference", negative.toString());
    assertThat(n.exit()).isEqualTo(2);
    assertThat(n.err()).contains("openloop_adult_001.csv:2: t_min -1.0 is not a whole number of minutes >= 0")
        .doesNotContain("Exception");
  }

  @Test
  void patientsListsTheCatalogue() {
    Run r = run("patients");
    assertThat(r.exit()).isZero();
    assertThat(r.out().lines()).hasSize(31);
    assertThat(r.out()).contains("adult#001,61,").contains("child#010");
  }

  @Test
  void benchPrintsTheContractLineLast() {
    Run r = run("bench", "--patients", "4", "--days", "1", "--threads", "1", "--warmup", "0", "--warmup-seconds", "0",
        "--passes", "3");
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(lines.size() - 1)).matches("cpu_us_per_patient_day=[0-9.]+ patient_days_per_s=[0-9.]+");
    assertThat(lines.stream().filter(l -> l.startsWith("pass "))).hasSize(3);
    Run bad = run("bench", "--passes", "0");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("--passes: expected 1..1000");
  }

  @Test
  void benchReportsTheMedianOfItsPasses() {
    assertThat(BenchCommand.median(new double[] {300, 180, 200})).isEqualTo(200);
    assertThat(BenchCommand.median(new double[] {300, 180, 200, 220})).isEqualTo(210);
  }

  @Test
  void demoRunsTheZimislecelPresetAndPrintsTheReportPath() throws Exception {
    Run r = run("demo", "--out", dir.resolve("demo").toString(), "--replicates", "2");
    assertThat(r.exit()).as(r.err()).isZero();
    for (String f : List.of("participants.csv", "endpoints.csv", "events.csv", "summary.json", "report.html")) {
      assertThat(dir.resolve("demo").resolve(f)).exists();
    }
    // 2 replicates x 14 participants + header
    assertThat(Files.readAllLines(dir.resolve("demo/participants.csv"))).hasSize(29);
    assertThat(r.out()).contains("zimislecel-phase12: 2 replicate trials of 14 participants").contains("full-dose")
        .contains("half-dose");
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(lines.size() - 1)).isEqualTo("report: " + dir.resolve("demo").resolve("report.html"));
    assertThat(r.err()).contains("demo: 2 replicates to do").contains("demo: 2/2 replicates in"); // progress: stderr only
  }

  @Test
  void demoRejectsZeroReplicates() {
    Run r = run("demo", "--out", dir.resolve("demo0").toString(), "--replicates", "0");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(dir.resolve("demo0")).doesNotExist();
  }

  /** An unknown patient's message lists what that command accepts: 'all' only where it is accepted. */
  @Test
  void unknownPatientNamesWhatTheCommandAccepts() {
    String catalogue = "unknown patient 'all': expected one of adolescent#001..adolescent#010, adult#001..adult#010,"
        + " child#001..child#010";
    Run course = run("course", "--patient", "all", "--years", "0.01", "--out", dir.resolve("c").toString());
    assertThat(course.exit()).isEqualTo(2);
    assertThat(course.err()).contains(catalogue).doesNotContain("or 'all'");
    Run mmtt = run("mmtt", "--patient", "all", "--out", dir.resolve("m.csv").toString());
    assertThat(mmtt.exit()).isEqualTo(2);
    assertThat(mmtt.err()).contains(catalogue + ", healthy or healthy#N (a healthy control)");
    Run sim = run("simulate", "--patient", "adult#042", "--days", "1", "--out", dir.resolve("s.csv").toString());
    assertThat(sim.err()).contains("child#001..child#010, or 'all'");
  }

  /** Flag errors are one line like every user error; no command at all is the usage and exit 2, not exit 0. */
  @Test
  void parseErrorsAreOneLineAndAMissingCommandIsAnError() {
    Run bad = run("simulate", "--patient", "adult#001", "--days", "x", "--out", dir.resolve("s.csv").toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err().lines()).hasSize(1).first().asString()
        .startsWith("isletsim: ").contains("'x' is not an int").endsWith("(see 'isletsim simulate --help')");
    Run none = run();
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).startsWith("isletsim: a command is missing; expected one of demo, simulate,")
        .contains("Usage: isletsim");
    assertThat(none.out()).isEmpty();
    Run cgm = run("cgm");
    assertThat(cgm.exit()).isEqualTo(2);
    assertThat(cgm.err()).contains("isletsim cgm: a command is missing; expected one of metrics, agp, convert, report");
    assertThat(run("--help").exit()).isZero();
  }

  /** An empty --meals (an unset variable) and an --out ending in '/' ran on, with no meals or into a file 'newdir'. */
  @Test
  void emptyMealsAndADirectoryLikeOutAreErrors() {
    Run empty = run("simulate", "--patient", "adult#001", "--days", "1", "--meals", "", "--out", dir.resolve("e.csv").toString());
    assertThat(empty.exit()).isEqualTo(2);
    assertThat(empty.err()).contains("--meals '': empty; expected a meal list (HH:MM=GRAMS,...), 'random', 'none'");
    String slash = dir.resolve("newdir") + "/";
    Run out = run("simulate", "--patient", "adult#001", "--days", "1", "--out", slash);
    assertThat(out.exit()).isEqualTo(2);
    assertThat(out.err().lines()).containsExactly("isletsim: --out " + slash + ": names a directory (it ends with a"
        + " separator); expected a file name, e.g. " + slash + "out.csv");
    assertThat(dir.resolve("newdir")).doesNotExist();
    assertThat(run("simulate", "--patient", "adult#001", "--days", "1", "--meals", "none", "--out",
        dir.resolve("n.csv").toString()).exit()).isZero();
    // an empty --out is the working directory to Java ("is a directory"): say it is empty
    assertThat(run("simulate", "--patient", "adult#001", "--days", "1", "--out", "").err())
        .contains("--out '': empty; expected a file name");
    assertThat(run("trial", "cipsc-autologous", "--out", "").err()).contains("--out '': empty; expected a directory");
  }
}
