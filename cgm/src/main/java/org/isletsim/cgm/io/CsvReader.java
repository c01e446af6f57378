package org.isletsim.cgm.io;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isletsim.InvalidInputException;

/**
 * Line-by-line reader for delimited exports: UTF-8 with or without byte-order mark, LF or CRLF, ',' ';' or tab as
 * delimiter, double quotes. Streams (one line in memory at a time).
 */
final class CsvReader implements Closeable {
  private final BufferedReader in;
  private final String source;
  private long line;

  CsvReader(Path file) {
    this.source = file.toString();
    try {
      this.in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InvalidInputException(source + ": cannot read file (" + e.getMessage() + "); expected a readable file");
    }
  }

  CsvReader(BufferedReader reader, String source) {
    this.in = reader;
    this.source = source;
  }

  String source() {
    return source;
  }

  /** Number of the line last returned (1-based). */
  long lineNumber() {
    return line;
  }

  /** Next line without BOM or trailing CR, or null at the end. */
  String nextLine() {
    try {
      String s = in.readLine();
      if (s == null) {
        return null;
      }
      line++;
      if (line == 1 && !s.isEmpty() && s.charAt(0) == '\uFEFF') {
        s = s.substring(1);
      }
      return s;
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new InvalidInputException(source + " line " + (line + 1) + ": not UTF-8 text; expected a CSV export");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The delimiter of a line: ';' if at least as frequent as ',' (decimal commas), else ',' or tab. */
  static char detectDelimiter(String header) {
    int comma = 0;
    int semi = 0;
    int tab = 0;
    boolean q = false;
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c == '"') {
        q = !q;
      } else if (!q) {
        if (c == ',') {
          comma++;
        } else if (c == ';') {
          semi++;
        } else if (c == '\t') {
          tab++;
        }
      }
    }
    // ';' files with decimal commas have at most one comma per ';' field
    if (semi > 0 && semi >= comma && semi >= tab) {
      return ';';
    }
    return tab > comma ? '\t' : ',';
  }

  /** Splits one line at {@code delim} outside double quotes; quotes removed, cells trimmed. */
  static String[] split(String line, char delim) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean q = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        if (q && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else {
          q = !q;
        }
      } else if (c == delim && !q) {
        out.add(cur.toString().trim());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString().trim());
    return out.toArray(new String[0]);
  }

  /** Index of the first column whose name starts with (case-insensitive) {@code prefix}, or -1. */
  static int column(String[] header, String prefix) {
    for (int i = 0; i < header.length; i++) {
      if (header[i].regionMatches(true, 0, prefix, 0, prefix.length())) {
        return i;
      }
    }
    return -1;
  }

  InvalidInputException error(String what) {
    return new InvalidInputException(source + " line " + line + ": " + what);
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
