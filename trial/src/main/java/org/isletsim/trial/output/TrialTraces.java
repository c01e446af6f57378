package org.isletsim.trial.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isletsim.io.table.Column;
import org.isletsim.io.table.TableFormat;
import org.isletsim.io.table.TableWriter;
import org.isletsim.io.table.Tables;
import org.isletsim.simulation.MinuteSink;
import org.isletsim.trial.TrialOptions;
import org.isletsim.trial.TrialRunner;
import org.isletsim.trial.endpoint.ParticipantOutcome;
import org.isletsim.trial.protocol.Protocol;
import org.isletsim.trial.sim.CareCourseSimulator;

/**
 * {@code isletsim trial --traces}: minute-level courses of replicate 1's participants, {@code traces.csv} or
 * {@code traces.parquet} (columns {@link #COLUMNS}). The run keeps only who replicate 1 enrolled; when the outputs
 * are committed each of them is replayed by {@link CareCourseSimulator#trace} (a course is a pure function of
 * seed, person and arm, so the replay is that participant's course) and streamed to the table, so memory does not
 * grow with the trace. Minute rows of every replicate would be ~600,000 rows per participant-year; replicate 1
 * is what a user inspects.
 */
public final class TrialTraces implements TrialOutput.Extra {
  public static final List<Column> COLUMNS = List.of(Column.integer("replicate"), Column.string("arm"),
      Column.string("participant"), Column.integer("t_min"), Column.number("bg_mgdl", 3), Column.number("cgm_mgdl", 1),
      Column.number("cho_g_per_min", 1), Column.number("insulin_u_per_min", 5));

  private final TableFormat format;
  private final CareCourseSimulator simulator = new CareCourseSimulator();
  private final List<ParticipantOutcome> participants = new ArrayList<>();

  public TrialTraces(TableFormat format) {
    this.format = format;
  }

  @Override
  public String fileName() {
    return fileName(format);
  }

  /** traces.csv or traces.parquet. */
  public static String fileName(TableFormat format) {
    return "traces." + format.extension();
  }

  @Override
  public void accept(TrialRunner.Replicate r) {
    if (r.replicate() != 1) return;
    for (List<ParticipantOutcome> arm : r.outcomes().values()) participants.addAll(arm);
  }

  @Override
  public void write(Path file, Summary summary, Protocol protocol, TrialOptions options) throws IOException {
    try (TableWriter w = Tables.open(file, format, COLUMNS)) {
      for (ParticipantOutcome o : participants) {
        String arm = o.arm(), id = o.person().id();
        simulator.trace(o.person(), protocol.arm(arm), protocol.followUpDays(), options.seed(), new MinuteSink() {
          @Override
          public Detail detail() {
            return Detail.GLUCOSE;
          }

          @Override
          public void minute(long t, double bg, double plasma, double cgm, double cho, double ins, double[] state) {
            try {
              w.row(1, arm, id, t, bg, cgm, cho, ins);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        });
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
