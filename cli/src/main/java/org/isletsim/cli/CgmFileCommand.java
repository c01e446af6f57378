package org.isletsim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.isletsim.cgm.io.ImportResult;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * Base of the {@code cgm} sub-commands that read one export and write one output: the input parameter, the
 * import options, and reading with the import summary on stderr. Sub-classes declare {@code --out}.
 */
abstract class CgmFileCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "CGM export.")
  Path file;

  @Mixin CgmImportOptions importOptions;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /** Reads {@link #file} and reports what the import kept and skipped. */
  ImportResult readInput() {
    return importOptions.readReporting(file, spec.commandLine().getErr());
  }
}
