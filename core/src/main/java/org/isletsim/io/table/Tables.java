package org.isletsim.io.table;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isletsim.io.AtomicFile;

/** Writes a table file atomically: rows go to a temporary file that is moved into place only when complete. */
public final class Tables {
  private Tables() {}

  /** Fills a writer. */
  @FunctionalInterface
  public interface Rows {
    void writeTo(TableWriter w) throws IOException;
  }

  /** {@code target} gets the table in {@code format}, or stays as it was if {@code rows} fails. */
  public static void write(Path target, TableFormat format, List<Column> columns, Rows rows) {
    AtomicFile.write(target, temp -> {
      try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
          TableWriter w = TableWriter.open(format, columns, os)) {
        rows.writeTo(w);
      }
    });
  }
}
