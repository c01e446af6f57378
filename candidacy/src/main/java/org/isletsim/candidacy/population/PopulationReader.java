package org.isletsim.candidacy.population;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Set;
import org.isletsim.io.UserFiles;
import org.isletsim.trial.protocol.Fields;
import org.isletsim.trial.protocol.Problem;

/** Reads a population file strictly (unknown keys and out-of-range values name file, line and field). */
public final class PopulationReader {
  private static final Set<String> TOP = Set.of("name", "seed", "people", "twinsPerPerson", "horizonYears",
      "severePhenotypeShare", "therapy", "egfrMlMin");

  private PopulationReader() {}

  public static PopulationSpec read(Path file) {
    return parse(UserFiles.readText(file, "population"), Fields.nameOf(file));
  }

  public static PopulationSpec parse(String text, String source) {
    Fields f = Fields.parse(text, source);
    JsonNode root = f.root();
    PopulationSpec spec = null;
    if (f.object(root, "", TOP)) {
      f.require(root, "", "people");
      String name = f.text(root, "", "name", source);
      long seed = f.whole(root, "", "seed", 1, -9_000_000_000_000_000L, 9_000_000_000_000_000L); // as a protocol's
      int people = f.integer(root, "", "people", 1, 1, 100_000);
      int twins = f.integer(root, "", "twinsPerPerson", 4, 2, 1000);
      int years = f.integer(root, "", "horizonYears", 5, 1, 10);
      double severe = f.number(root, "", "severePhenotypeShare", 0, 0, 1);
      double mdi = 0.35, pump = 0.40;
      JsonNode t = root.get("therapy");
      if (t != null && f.object(t, "therapy", Set.of("mdi", "pump", "hcl"))) {
        mdi = f.number(t, "therapy", "mdi", 0, 0, 1);
        pump = f.number(t, "therapy", "pump", 0, 0, 1);
        double hcl = f.number(t, "therapy", "hcl", 0, 0, 1);
        if (Math.abs(mdi + pump + hcl - 1) > 1e-6) f.problem("therapy", "shares must add up to 1 (got " + Fields.fmt(mdi + pump + hcl) + ")");
      }
      double egfrMean = 95, egfrSd = 15;
      JsonNode e = root.get("egfrMlMin");
      if (e != null && f.object(e, "egfrMlMin", Set.of("mean", "sd"))) {
        egfrMean = f.number(e, "egfrMlMin", "mean", 95, 30, 130);
        egfrSd = f.number(e, "egfrMlMin", "sd", 15, 0, 50);
      }
      spec = new PopulationSpec(name, seed, people, twins, years, severe, mdi, pump, egfrMean, egfrSd);
    }
    Problem.throwIfAny(f.problems(), "population file");
    return spec;
  }
}
