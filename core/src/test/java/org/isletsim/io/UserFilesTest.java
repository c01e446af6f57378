package org.isletsim.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.isletsim.InvalidInputException;
import org.isletsim.scenario.MealInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserFilesTest {
  @TempDir Path dir;

  /** Latin-1 bytes in a user's file were "Input length = 1", with no line and no word of the encoding. */
  @Test
  void notUtf8NamesTheLineOfTheFirstBadByte() throws Exception {
    Path f = dir.resolve("p.yaml");
    Files.write(f, new byte[] {'a', ':', ' ', '1', '\n', 'b', ':', ' ', (byte) 0xE9, '\n'});
    assertThatThrownBy(() -> UserFiles.readText(f, "protocol")).isInstanceOf(InvalidInputException.class)
        .hasMessage(f + " line 2: not UTF-8 text; expected a protocol file saved as UTF-8");
    Path meals = dir.resolve("meals.csv");
    Files.write(meals, new byte[] {'t', '_', 'm', 'i', 'n', ',', 'c', 'h', 'o', '_', 'g', '\n', '6', '0', ',', (byte) 0xB5, '\n'});
    assertThatThrownBy(() -> MealInputs.readCsv(meals, 1440)).isInstanceOf(InvalidInputException.class)
        .hasMessage(meals + " line 2: not UTF-8 text; expected a meal CSV file saved as UTF-8");
  }

  @Test
  void missingFileOrADirectory() throws Exception {
    assertThatThrownBy(() -> UserFiles.readText(dir.resolve("none.yaml"), "graft"))
        .hasMessage(dir.resolve("none.yaml") + ": graft file not found");
    assertThatThrownBy(() -> UserFiles.readText(dir, "care policy"))
        .hasMessage(dir + ": is a directory; expected a care policy file");
    Path ok = Files.writeString(dir.resolve("ok.yaml"), "name: é\n");
    assertThat(UserFiles.readText(ok, "profile")).isEqualTo("name: é\n");
  }
}
