package org.isletsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TrialCommandTest {
  @TempDir Path tmp;

  private int run(StringWriter out, StringWriter err, String... args) {
    CommandLine cl = IsletsimCommand.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void runsAPresetAndWritesTheFourFiles() {
    StringWriter out = new StringWriter(), err = new StringWriter();
    int code = run(out, err, "trial", "cipsc-autologous", "--out", tmp.resolve("o").toString(), "--seed", "3", "--threads", "2");
    assertThat(code).as(err.toString()).isZero();
    for (String f : new String[] {"participants.csv", "endpoints.csv", "events.csv", "summary.json", "report.html"}) {
      assertThat(tmp.resolve("o").resolve(f)).exists();
    }
    assertThat(out.toString()).contains("cipsc-autologous: 1 replicate(s), seed 3").contains("P(success")
        .contains("report: " + tmp.resolve("o").resolve("report.html"));
  }

  @Test
  void protocolErrorsExitWithCode2AndListEveryProblem() throws Exception {
    Path f = tmp.resolve("bad.yaml");
    Files.writeString(f, """
        name: bad
        followUpDays: 180
        visits: [0, 365]
        arms:
          - name: a
            participants: 2
            product: allogeneic-sc-islet
            site: portal-vein
            immunosuppression: {regimen: glucocorticoid-free}
        endpoints: [primary-2025, wellbeing]
        """);
    StringWriter out = new StringWriter(), err = new StringWriter();
    int code = run(out, err, "trial", f.toString(), "--out", tmp.resolve("o").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .contains("bad.yaml:3: visits[1]: visit on day 365 is after the end of follow-up")
        .contains("bad.yaml:5: arms[0].dose: is required")
        .contains("bad.yaml:10: endpoints[1]: unknown endpoint 'wellbeing'")
        .contains("followUpDays: primary-2025 needs follow-up to day 365");
    assertThat(tmp.resolve("o")).doesNotExist();
  }

  @Test
  void unknownPresetIsExitCode2() {
    StringWriter out = new StringWriter(), err = new StringWriter();
    assertThat(run(out, err, "trial", "no-such-preset", "--out", tmp.resolve("o").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("not a preset");
  }

  @Test
  void outputThatIsAFileIsExitCode2() throws Exception {
    Path f = Files.writeString(tmp.resolve("file"), "x");
    StringWriter out = new StringWriter(), err = new StringWriter();
    assertThat(run(out, err, "trial", "cipsc-autologous", "--out", f.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("exists and is not a directory");
  }
}
