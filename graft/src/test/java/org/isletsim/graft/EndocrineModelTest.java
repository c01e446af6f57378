package org.isletsim.graft;

import static org.assertj.core.api.Assertions.*;

import java.nio.file.Path;
import java.util.Random;
import org.isletsim.physiology.Integration;
import org.isletsim.physiology.PatientCatalog;
import org.isletsim.physiology.PatientParameters;
import org.isletsim.physiology.StateIndex;
import org.isletsim.physiology.UvaPadovaModel;
import org.isletsim.validation.ReferenceValidation;
import org.junit.jupiter.api.Test;

class EndocrineModelTest {
  @Test
  void withoutIsletFunctionTheS2008DerivativesAreTheEnginesBitForBit() {
    PatientParameters p = PatientCatalog.get("adolescent#003");
    EndocrineModel m = new EndocrineModel(p, SecretionParameters.NORMAL, 2.0,
        CpeptideKinetics.vanCauter(30, true, 1.6, 55, CpeptideKinetics.Category.NORMAL),
        GlucagonParameters.DEFAULT, p.ibPmolL(), GraftSite.PORTAL_VEIN);
    m.setFunctionalFractions(0, 0);
    UvaPadovaModel engine = new UvaPadovaModel(p);
    Random r = new Random(5);
    double[] x = new double[EndocrineState.COUNT], dx = new double[EndocrineState.COUNT], de = new double[StateIndex.COUNT];
    for (int trial = 0; trial < 200; trial++) {
      double[] x0 = p.initialState();
      for (int i = 0; i < StateIndex.COUNT; i++) x[i] = x0[i] * (0.5 + r.nextDouble()) + (i < 3 ? 1000 * r.nextDouble() : 0);
      for (int i = StateIndex.COUNT; i < x.length; i++) x[i] = 0;
      double cho = r.nextDouble() * 5000, ins = r.nextDouble() * 20, dbar = r.nextDouble() * 50000;
      m.setInputs(cho, ins, dbar);
      engine.setInputs(cho, ins, dbar);
      m.computeDerivatives(0, x, dx);
      engine.computeDerivatives(0, x, de);
      for (int i = 0; i < StateIndex.COUNT; i++) assertThat(dx[i]).as("state %d", i).isEqualTo(de[i]);
    }
  }

  @Test
  void noGraftSubjectIsTheEngineAndReferenceTracesStillMatch() {
    Path dir = Path.of(System.getProperty("isletsim.shared", "../../shared"), "data", "simglucose", "reference");
    for (ReferenceValidation.Result res : ReferenceValidation.compareAll(dir, Integration.REFERENCE)) {
      assertThat(res.maxAbsDiffBgMgDl()).as(res.trace().file().toString()).isLessThan(1e-6);
    }
    T1dLabSubject s = VirtualSubjects.t1d("adult#002");
    for (int t = 0; t < 600; t++) s.step(t == 60 ? 50 : 0, s.usualBasalUPerMin());
    assertThat(s.cpeptidePmolL()).isZero();
  }

  @Test
  void portalSecretionIsExtractedByTheLiverExtraHepaticIsNot() {
    PatientParameters p = PatientCatalog.get("adult#001");
    CpeptideKinetics cp = CpeptideKinetics.vanCauter(40, false, 1.8, p.bodyWeightKg(), CpeptideKinetics.Category.NORMAL);
    double[] x = new double[EndocrineState.COUNT];
    System.arraycopy(p.initialState(), 0, x, 0, StateIndex.COUNT);
    x[EndocrineState.IPO] = 10;
    double[] dPortal = new double[x.length], dSys = new double[x.length];
    EndocrineModel portal = new EndocrineModel(p, SecretionParameters.NORMAL, 4, cp, GlucagonParameters.DEFAULT, p.ibPmolL(), GraftSite.PORTAL_VEIN);
    EndocrineModel sys = new EndocrineModel(p, SecretionParameters.NORMAL, 4, cp, GlucagonParameters.DEFAULT, p.ibPmolL(), GraftSite.INTRAMUSCULAR);
    portal.setFunctionalFractions(0.5, 0.5);
    sys.setFunctionalFractions(0.5, 0.5);
    portal.computeDerivatives(0, x, dPortal);
    sys.computeDerivatives(0, x, dSys);
    // portal: secretion enters the liver pool; extra-hepatic: plasma
    assertThat(dPortal[StateIndex.IL]).isGreaterThan(dSys[StateIndex.IL]);
    assertThat(dSys[StateIndex.IP]).isGreaterThan(dPortal[StateIndex.IP]);
    // C-peptide appearance is the same whatever the site
    assertThat(dPortal[EndocrineState.CP1]).isEqualTo(dSys[EndocrineState.CP1]);
  }
}
