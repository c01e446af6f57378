package org.isletsim.cgm;

import java.util.List;
import org.isletsim.io.table.Column;

/**
 * Summary of one kind of glycaemic episode (iglu {@code episode_calculation}).
 *
 * @param totalEpisodes number of episodes
 * @param avgEpisodesPerDay episodes per day of non-missing grid time
 * @param avgEpisodeDurationMin mean episode duration in minutes (0 when there are none, as iglu)
 * @param avgEpisodeGlucoseMgDl mean of the per-episode mean glucose (NaN when there are none)
 */
public record EpisodeSummary(
    int totalEpisodes, double avgEpisodesPerDay, double avgEpisodeDurationMin, double avgEpisodeGlucoseMgDl) {

  /**
   * The fields as table columns (keyed as docs/cgm.md; a table prefixes the episode kind, e.g.
   * {@code lv1_hypo_total_episodes}), in component order and typed by meaning: the count an integer, the averages
   * doubles.
   */
  public static final List<Column> FIELD_COLUMNS = List.of(Column.integer("total_episodes"),
      Column.number("avg_ep_per_day"), Column.number("avg_ep_duration"), Column.number("avg_ep_gl"));
}
