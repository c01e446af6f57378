package org.isletsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isletsim.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MealInputsTest {
  @TempDir Path dir;

  @Test
  void parsesADailyList() {
    assertThat(MealInputs.parseDailyList("07:00=45, 12:00=70,18:30=80.5"))
        .containsExactly(new MealEvent(420, 45), new MealEvent(720, 70), new MealEvent(1110, 80.5));
  }

  @Test
  void dailyListErrorsNameTheItem() {
    assertThatThrownBy(() -> MealInputs.parseDailyList("07:00=45,12:00"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("item 2")
        .hasMessageContaining("HH:MM=GRAMS");
    assertThatThrownBy(() -> MealInputs.parseDailyList("25:00=45")).hasMessageContaining("00:00 and 23:59");
    assertThatThrownBy(() -> MealInputs.parseDailyList("07:00=lots")).hasMessageContaining("not a number");
    assertThatThrownBy(() -> MealInputs.parseDailyList("07:00=-5")).hasMessageContaining("outside 0..1000");
  }

  @Test
  void readsACsv() throws Exception {
    Path f = dir.resolve("m.csv");
    Files.writeString(f, "\uFEFFt_min,cho_g\n# breakfast\n420,45\n\n720,70\n");
    assertThat(MealInputs.readCsv(f)).containsExactly(new MealEvent(420, 45), new MealEvent(720, 70));
  }

  @Test
  void csvErrorsNameLineAndColumn() throws Exception {
    Path f = dir.resolve("bad.csv");
    Files.writeString(f, "t_min,cho_g\n420,45\n720,seventy\n");
    assertThatThrownBy(() -> MealInputs.readCsv(f))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("bad.csv:3: column 2 (cho_g)");
    Files.writeString(f, "time,carbs\n420,45\n");
    assertThatThrownBy(() -> MealInputs.readCsv(f)).hasMessageContaining(":1: expected the header 't_min,cho_g'");
    Files.writeString(f, "t_min,cho_g\n-3,45\n");
    assertThatThrownBy(() -> MealInputs.readCsv(f)).hasMessageContaining(":2: column 1 (t_min): -3 is negative");
    Files.writeString(f, "t_min,cho_g\n3,45,1\n");
    assertThatThrownBy(() -> MealInputs.readCsv(f)).hasMessageContaining(":2: expected 2 columns");
    assertThatThrownBy(() -> MealInputs.readCsv(dir.resolve("missing.csv"))).hasMessageContaining("not found");
  }

  @Test
  void dailyMealsRepeatRelativeToTheStartClock() {
    FixedMeals m = FixedMeals.daily(6 * 60, 2, List.of(new MealEvent(420, 45), new MealEvent(300, 10)));
    // start 06:00: 07:00 is minute 60, 05:00 next day is minute 1380, 07:00 next day 1500
    assertThat(m.events())
        .containsExactly(new MealEvent(60, 45), new MealEvent(1380, 10), new MealEvent(1500, 45), new MealEvent(2820, 10));
    assertThat(m.announcedChoG(60)).isEqualTo(45);
    assertThat(m.announcedChoG(61)).isZero();
    assertThat(m.announcedChoG(1500)).isEqualTo(45);
    // queries out of order (a re-run) give the same answers
    assertThat(m.announcedChoG(60)).isEqualTo(45);
    assertThat(m.announcedChoG(59)).isZero();
    assertThat(m.announcedChoG(1380)).isEqualTo(10);
    assertThat(m.announcedChoG(5000)).isZero();
    assertThat(m.announcedChoG(2820)).isEqualTo(10);
  }
}
