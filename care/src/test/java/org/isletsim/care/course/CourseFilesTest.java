package org.isletsim.care.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.isletsim.InvalidInputException;
import org.isletsim.care.graft.NoGraft;
import org.isletsim.care.policy.CarePolicyLoader;
import org.isletsim.physiology.PatientCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseFilesTest {
  @TempDir Path dir;

  private CourseRunner runner() {
    return new CourseRunner(PatientCatalog.get("adult#004"), CarePolicyLoader.defaults(), NoGraft.INSTANCE, 1);
  }

  @Test
  void failedRunLeavesTheEarlierResultAndNoTemporaryFiles() throws Exception {
    Path out = dir.resolve("c");
    CourseResult r = CourseFiles.write(runner(), 3, false, out);
    assertThat(r.days()).isEqualTo(3);
    String before = Files.readString(out.resolve("daily.csv"));
    assertThat(before.lines()).hasSize(4);
    assertThatThrownBy(() -> CourseFiles.write(runner(), 0, false, out)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Files.readString(out.resolve("daily.csv"))).isEqualTo(before);
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("c");
    }
  }

  @Test
  void outputThatIsAFileIsAUserError() throws Exception {
    Path file = Files.writeString(dir.resolve("f"), "x");
    assertThatThrownBy(() -> CourseFiles.write(runner(), 1, false, file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("is a file, expected a directory");
  }

  @Test
  void summaryNamesTheTotals() throws Exception {
    Path out = dir.resolve("s");
    CourseFiles.write(runner(), 2, true, out);
    assertThat(Files.readString(out.resolve("summary.txt"))).contains("days 2").contains("severe_hypoglycaemia");
    assertThat(Files.readAllLines(out.resolve("trace.csv"))).hasSize(1 + 2 * 1440);
  }
}
