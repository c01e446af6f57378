package org.isletsim.cgm;

/**
 * Summary of one kind of glycaemic episode (iglu {@code episode_calculation}).
 *
 * @param totalEpisodes number of episodes
 * @param avgEpisodesPerDay episodes per day of non-missing grid time
 * @param avgEpisodeDurationMin mean episode duration in minutes (0 when there are none, as iglu)
 * @param avgEpisodeGlucoseMgDl mean of the per-episode mean glucose (NaN when there are none)
 */
public record EpisodeSummary(
    int totalEpisodes, double avgEpisodesPerDay, double avgEpisodeDurationMin, double avgEpisodeGlucoseMgDl) {}
