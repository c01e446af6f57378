package org.isletsim.cgm.io;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads one export format into a normalised series. Implementations are small, stateless and independent; to add a
 * format, write one class and list it in {@link CgmImporters}. Every user-input problem is an
 * {@link org.isletsim.InvalidInputException} whose one-line message names the file, the line and what was expected;
 * rows that are not readings are counted in {@link ImportResult#skipped()}, never silently dropped.
 */
public interface CgmImporter {
  /** Stable id, e.g. {@code dexcom_clarity_csv}. */
  String id();

  /** Short names accepted by {@code --format} besides the id. */
  List<String> aliases();

  /** Whether the start of a file looks like this format (cheap; no full parse). */
  boolean sniff(FileHead head);

  /** Reads the whole file, streaming. */
  ImportResult read(Path file, ImportOptions options);
}
