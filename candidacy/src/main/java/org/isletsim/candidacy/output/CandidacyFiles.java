package org.isletsim.candidacy.output;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.isletsim.InvalidInputException;
import org.isletsim.candidacy.analysis.CandidacyResult;
import org.isletsim.io.AtomicFile;

/** Writes candidacy.json and report.html into a directory, each atomically (core {@link AtomicFile}). */
public final class CandidacyFiles {
  private CandidacyFiles() {}

  public static void write(CandidacyResult r, Path dir) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) throw new InvalidInputException("--out: " + dir + " exists and is not a directory");
    // the page first: candidacy.json, the machine-readable result, appears only once everything else is in place
    CandidacyReport.build(r).write(dir.resolve(CandidacyReport.FILE));
    AtomicFile.write(dir.resolve(CandidacyJson.FILE), temp -> {
      try (BufferedWriter w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        CandidacyJson.write(r, w);
      }
    });
  }
}
