package org.isletsim.candidacy.outcome;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import org.isletsim.InvalidInputException;
import org.isletsim.io.UserFiles;
import org.isletsim.trial.protocol.Fields;
import org.isletsim.trial.protocol.LocatedYaml;
import org.isletsim.trial.protocol.Problem;

/** Reads {@code name: value} overrides of {@link ModelInputs} (strict: unknown names and out-of-range values are errors). */
public final class InputsReader {
  private InputsReader() {}

  public static ModelInputs read(Path file, ModelInputs defaults) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    return parse(UserFiles.readText(file, "inputs"), name, defaults);
  }

  public static ModelInputs parse(String text, String source, ModelInputs defaults) {
    LocatedYaml yaml;
    try {
      yaml = LocatedYaml.parse(text);
    } catch (LocatedYaml.SyntaxError e) {
      throw new InvalidInputException(new Problem(source, e.line, "(yaml)", e.getMessage()).toString());
    }
    Set<String> names = new LinkedHashSet<>();
    for (ModelInputs.Input in : ModelInputs.INPUTS) names.add(in.name());
    Fields f = new Fields(source, yaml);
    JsonNode root = yaml.root();
    ModelInputs out = defaults;
    if (f.object(root, "", names)) {
      for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        if (!names.contains(k)) continue;
        ModelInputs.Input in = ModelInputs.input(k);
        if (root.get(k).isNull()) { // `name:` with no value: an override that would silently do nothing
          f.problem(k, "has no value (expected a number in [" + in.min() + ", " + in.max() + "])");
          continue;
        }
        double v = f.number(root, "", k, Double.NaN, in.min(), in.max());
        if (ModelInputs.SWITCHES.contains(k) && !Double.isNaN(v) && v != 0 && v != 1) {
          f.problem(k, "is a switch: expected 0 (no) or 1 (yes), got " + v);
          continue;
        }
        if (!Double.isNaN(v)) out = out.with(k, v);
      }
    }
    Problem.throwIfAny(f.problems(), "inputs");
    return out;
  }
}
