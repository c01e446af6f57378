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
      try (TableWriter w = open(temp, format, columns)) {
        rows.writeTo(w);
      }
    });
  }

  /**
   * A writer of a new file {@code file} (e.g. in a temporary output directory that is moved into place when every
   * file is complete); closing the writer finishes and closes the file.
   */
  public static TableWriter open(Path file, TableFormat format, List<Column> columns) throws IOException {
    OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    TableWriter w;
    try {
      w = TableWriter.open(format, columns, os);
    } catch (IOException | RuntimeException e) {
      os.close();
      throw e;
    }
    return new TableWriter() {
      private boolean closed;

      @Override
      public List<Column> columns() {
        return w.columns();
      }

      @Override
      public void row(Object... values) throws IOException {
        w.row(values);
      }

      @Override
      public void close() throws IOException {
        if (closed) {
          return;
        }
        closed = true;
        try (os) {
          w.close();
        }
      }
    };
  }
}
