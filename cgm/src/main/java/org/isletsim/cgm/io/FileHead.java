package org.isletsim.cgm.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isletsim.InvalidInputException;

/**
 * The first few kilobytes of a file, as text without byte-order mark, for format detection.
 *
 * @param fileName the file's name (no directories)
 * @param text up to {@link #SIZE} characters from the start
 * @param lines the complete first lines of {@code text}
 */
public record FileHead(String fileName, String text, List<String> lines) {
  public static final int SIZE = 8192;

  public FileHead {
    lines = List.copyOf(lines);
  }

  public static FileHead read(Path file) {
    byte[] buf;
    try (InputStream in = Files.newInputStream(file)) {
      buf = in.readNBytes(SIZE);
    } catch (IOException e) {
      throw new InvalidInputException(file + ": cannot read file (" + e + "); expected a readable CGM export");
    }
    return of(file.getFileName().toString(), new String(buf, StandardCharsets.UTF_8));
  }

  public static FileHead of(String fileName, String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String[] parts = t.split("\r?\n", -1);
    int complete = parts.length > 1 ? parts.length - 1 : parts.length;
    return new FileHead(fileName, t, List.of(parts).subList(0, complete));
  }

  /** First non-blank character, or 0. */
  public char firstChar() {
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return text.charAt(i);
      }
    }
    return 0;
  }

  /** Whether any of the first {@code n} lines contains all of the given fragments (case-insensitive). */
  public boolean anyLineContains(int n, String... fragments) {
    for (int i = 0; i < Math.min(n, lines.size()); i++) {
      String l = lines.get(i).toLowerCase(java.util.Locale.ROOT);
      boolean all = true;
      for (String f : fragments) {
        all &= l.contains(f.toLowerCase(java.util.Locale.ROOT));
      }
      if (all) {
        return true;
      }
    }
    return false;
  }
}
