package org.isletsim.care.course;

/** Receives a course as it is simulated: one summary per day, events as they happen (in time order per day). */
public interface CourseOutput {
  void day(DailySummary summary);

  void event(CareEvent event);

  /** Discards everything (benchmarks). */
  CourseOutput NONE =
      new CourseOutput() {
        @Override
        public void day(DailySummary s) {}

        @Override
        public void event(CareEvent e) {}
      };
}
