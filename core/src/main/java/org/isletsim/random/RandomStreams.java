package org.isletsim.random;

import java.nio.charset.StandardCharsets;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Independent, reproducible random streams. A stream is identified by (run seed, subject id, purpose), so a
 * subject's numbers never depend on which other subjects are in the run, on their order or on threads.
 * Generator: xoroshiro128++ (commons-rng {@code XO_RO_SHI_RO_128_PP}), seeded from a 64-bit FNV-1a hash of
 * the identifiers passed through SplitMix64 finalisers.
 */
public final class RandomStreams {
  private RandomStreams() {}

  /** A fresh generator for {@code (runSeed, subject, purpose)}. */
  public static UniformRandomProvider stream(long runSeed, String subject, String purpose) {
    long h = fnv1a(subject + '\u0000' + purpose);
    long s0 = mix64(runSeed ^ h);
    long s1 = mix64(s0 + 0x9E3779B97F4A7C15L);
    if (s0 == 0 && s1 == 0) s1 = 1;
    return RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {s0, s1});
  }

  /** Standard normal sampler (ziggurat) on {@code rng}. */
  public static ContinuousSampler standardNormal(UniformRandomProvider rng) {
    return ZigguratSampler.NormalizedGaussian.of(rng);
  }

  /** SplitMix64 finaliser (Steele, Lea, Flood 2014). */
  public static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static long fnv1a(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= (b & 0xff);
      h *= 0x100000001b3L;
    }
    return h;
  }
}
