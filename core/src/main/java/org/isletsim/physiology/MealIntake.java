package org.isletsim.physiology;

/**
 * How announced carbohydrate is eaten, and the gastric-emptying reference dose D̄, as in the reference
 * simulator (shared docs/physiology.md §1.5): grams announced are added to what is still to be eaten and eaten
 * at {@value #EAT_RATE_G_PER_MIN} g/min; an eating episode starts in a minute with food after a minute without;
 * D̄ = stomach content at the start of the episode + everything eaten since (mg), kept after the episode until
 * the next one starts. Shared by every patient model so the rule exists once.
 */
public final class MealIntake {
  /** Eating rate of announced meals, g/min. */
  public static final double EAT_RATE_G_PER_MIN = 5.0;

  /** Supplies the stomach content (Qsto1 + Qsto2, mg) when an eating episode starts. */
  @FunctionalInterface
  public interface Stomach {
    double contentMg();
  }

  private final Stomach stomach;
  private double plannedG;
  private double lastEatenGPerMin;
  private double episodeStartQstoMg;
  private double episodeEatenG;

  public MealIntake(Stomach stomach) {
    this.stomach = stomach;
  }

  /** Nothing planned or eaten; D̄ is the given stomach content (0 for the catalogue's initial states). */
  public void reset(double stomachContentMg) {
    plannedG = 0;
    lastEatenGPerMin = 0;
    episodeStartQstoMg = stomachContentMg;
    episodeEatenG = 0;
  }

  /**
   * One minute: adds {@code announcedG} to what is planned and returns what is eaten during this minute (g/min);
   * {@link #dbarMg()} then holds D̄ for this minute.
   */
  public double eat(double announcedG) {
    plannedG += announcedG;
    double eat = 0;
    if (plannedG > 0) {
      eat = Math.min(EAT_RATE_G_PER_MIN, plannedG);
      plannedG = Math.max(0, plannedG - eat);
    }
    if (eat > 0 && lastEatenGPerMin <= 0) {
      episodeStartQstoMg = stomach.contentMg();
      episodeEatenG = 0;
    }
    if (eat > 0) episodeEatenG += eat;
    lastEatenGPerMin = eat;
    return eat;
  }

  /** Gastric-emptying reference dose for the current minute, mg. */
  public double dbarMg() {
    return episodeStartQstoMg + episodeEatenG * 1000;
  }

  /** Eaten during the last minute, g/min. */
  public double lastEatenGPerMin() {
    return lastEatenGPerMin;
  }

  /** Announced but not yet eaten, g. */
  public double plannedG() {
    return plannedG;
  }
}
