package org.isletsim.report.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StderrTerminalTest {
  @TempDir Path dir;

  /** A stand-in for /proc/self/fd/2: a symbolic link to {@code target} (which need not exist). */
  private Path fd2(String target) throws Exception {
    Path link = dir.resolve("fd2-" + Integer.toHexString(target.hashCode()));
    return Files.createSymbolicLink(link, Path.of(target));
  }

  @Test
  void aTerminalDeviceIsATerminal() throws Exception {
    assertThat(StderrTerminal.probe(null, fd2("/dev/pts/3"))).isTrue();
    assertThat(StderrTerminal.probe(null, fd2("/dev/tty1"))).isTrue();
    assertThat(StderrTerminal.probe(null, fd2("/dev/ttyS0"))).isTrue();
    assertThat(StderrTerminal.probe(null, fd2("/dev/console"))).isTrue();
  }

  @Test
  void filesPipesSocketsAndDevNullAreNot() throws Exception {
    assertThat(StderrTerminal.probe(null, fd2("/home/u/run.log"))).isFalse();
    assertThat(StderrTerminal.probe(null, fd2("pipe:[48213]"))).isFalse();
    assertThat(StderrTerminal.probe(null, fd2("socket:[9921]"))).isFalse();
    assertThat(StderrTerminal.probe(null, fd2("/dev/null"))).isFalse();
  }

  /** No /proc (macOS, Windows) or a path that is not a link: cannot tell, so no bar. */
  @Test
  void withoutProcItIsNotATerminal() throws Exception {
    assertThat(StderrTerminal.probe(null, dir.resolve("no-such-link"))).isFalse();
    assertThat(StderrTerminal.probe(null, Files.writeString(dir.resolve("plain"), "x"))).isFalse();
  }

  /** The launcher's answer ([ -t 2 ]) comes first; a value that is not true/false is ignored. */
  @Test
  void theLauncherPropertyDecidesWhenSet() throws Exception {
    Path pts = fd2("/dev/pts/0"), log = fd2("/tmp/err.log");
    assertThat(StderrTerminal.probe("true", log)).isTrue();
    assertThat(StderrTerminal.probe("false", pts)).isFalse();
    assertThat(StderrTerminal.probe(" TRUE ", dir.resolve("no-such-link"))).isTrue();
    assertThat(StderrTerminal.probe("maybe", pts)).isTrue();
    assertThat(StderrTerminal.probe("maybe", log)).isFalse();
  }
}
