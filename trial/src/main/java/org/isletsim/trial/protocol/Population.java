package org.isletsim.trial.protocol;

import java.util.List;

/**
 * Who is screened.
 *
 * @param phenotype the clinical phenotype candidates are drawn from
 * @param referencePatients catalogue adults (e.g. {@code adult#001}) screened first, with their catalogue
 *     physiology unchanged; after them, generated candidates are screened until every arm is filled
 * @param eligibility eligibility criteria
 * @param maxScreened screening of an arm stops after this many candidates; an arm not filled by then is a protocol
 *     error ({@code TrialRunner})
 */
public record Population(Phenotype phenotype, List<String> referencePatients, Eligibility eligibility, int maxScreened) {
  public Population {
    referencePatients = List.copyOf(referencePatients);
  }

  /** Clinical phenotype of the screened population (docs/trial.md, "Virtual cohorts"). */
  public enum Phenotype {
    /** Islet-transplant candidates: impaired awareness, recurrent severe hypoglycaemia. */
    SEVERE_HYPOGLYCAEMIA("severe-hypoglycaemia"),
    /** An unselected, well-managed adult T1D clinic population. */
    WELL_MANAGED("well-managed");

    private final String id;

    Phenotype(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }

    public static Phenotype parse(String s) {
      for (Phenotype p : values()) if (p.id.equals(s)) return p;
      return null;
    }
  }
}
