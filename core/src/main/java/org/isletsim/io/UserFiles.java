package org.isletsim.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.isletsim.InvalidInputException;

/**
 * Reads a user's text file (protocol, profile, care policy, graft plan, inputs): UTF-8, with one clear line for
 * what can go wrong: the file is missing, is a directory, cannot be read, or is not UTF-8 text (naming the line of
 * the first byte that is not).
 */
public final class UserFiles {
  private UserFiles() {}

  /**
   * The text of {@code file}.
   *
   * @param what what the file should be, for messages ("protocol", "care policy")
   */
  public static String readText(Path file, String what) {
    if (Files.isDirectory(file)) throw new InvalidInputException(file + ": is a directory; expected a " + what + " file");
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(file + ": " + what + " file not found");
    } catch (IOException e) {
      throw new InvalidInputException(file + ": cannot read " + what + " file (" + e.getMessage() + ")", e);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(file + " line " + firstBadLine(bytes) + ": not UTF-8 text; expected a " + what
          + " file saved as UTF-8", e);
    }
  }

  /** The 1-based line of the first byte sequence that is not UTF-8. */
  static int firstBadLine(byte[] bytes) {
    int line = 1, start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        try {
          StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, i - start));
        } catch (CharacterCodingException e) {
          return line;
        }
        line++;
        start = i + 1;
      }
    }
    return line;
  }
}
