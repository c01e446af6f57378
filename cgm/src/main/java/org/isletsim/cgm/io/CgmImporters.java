package org.isletsim.cgm.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.isletsim.InvalidInputException;

/**
 * The registry of importers and automatic format detection: the first importer, in registration order, whose
 * {@link CgmImporter#sniff} accepts the file's first 8 KB. Specific formats come first; the generic CSV last.
 */
public final class CgmImporters {
  private final List<CgmImporter> importers;

  public CgmImporters(List<CgmImporter> importers) {
    this.importers = List.copyOf(importers);
  }

  /** All built-in formats. */
  public static CgmImporters standard() {
    return new CgmImporters(
        List.of(
            new DexcomClarityImporter(),
            new LibreViewImporter(),
            new CareLinkImporter(),
            new NightscoutImporter(),
            new OhioT1dmImporter(),
            new GenericCsvImporter()));
  }

  public List<CgmImporter> importers() {
    return importers;
  }

  /** The importer with this id or alias (case-insensitive). */
  public CgmImporter byName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (CgmImporter i : importers) {
      if (i.id().equals(n) || i.aliases().contains(n)) {
        return i;
      }
    }
    throw new InvalidInputException("unknown format '" + name + "'; expected one of " + names());
  }

  /** Ids and aliases, for messages and help. */
  public List<String> names() {
    List<String> out = new ArrayList<>();
    for (CgmImporter i : importers) {
      out.add(i.aliases().isEmpty() ? i.id() : i.aliases().get(0));
    }
    return out;
  }

  public CgmImporter detect(Path file) {
    FileHead head = FileHead.read(file);
    if (head.text().isBlank()) {
      throw new InvalidInputException(file + " line 1: empty file; expected a CGM export (" + names() + ")");
    }
    for (CgmImporter i : importers) {
      if (i.sniff(head)) {
        return i;
      }
    }
    String first = head.lines().isEmpty() ? head.text() : head.lines().get(0);
    if (first.length() > 60) {
      first = first.substring(0, 60) + "...";
    }
    throw new InvalidInputException(file + " line 1: unknown CGM export format (starts '" + first
        + "'); expected one of " + names() + ", or force one with --format");
  }

  /** Reads a file with the named format, or the detected one if {@code format} is null. */
  public ImportResult read(Path file, String format, ImportOptions options) {
    if (Files.isDirectory(file)) throw new InvalidInputException(file + ": is a directory; expected a CGM export file");
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException(file + ": no such file; expected a readable CGM export");
    }
    CgmImporter importer = format == null ? detect(file) : byName(format);
    return importer.read(file, options);
  }
}
