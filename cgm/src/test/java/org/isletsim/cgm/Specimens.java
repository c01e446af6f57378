package org.isletsim.cgm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * The public specimens of shared/data/cgm, copied into test resources with their {@code .expected.json} values
 * (computed by an independent implementation of docs/cgm.md with the importer rules of §5.7).
 */
public final class Specimens {
  public static final String DEXCOM = "dexcom_clarity_sample_mgdl.csv";
  public static final String NIGHTSCOUT = "nightscout_entries_sample.json";

  private Specimens() {}

  public static Path path(String name) {
    try {
      return Path.of(Specimens.class.getResource("/specimens/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static JsonNode expected(String name) {
    try (InputStream in = Specimens.class.getResourceAsStream("/specimens/" + name + ".expected.json")) {
      return new ObjectMapper().readTree(in).get("expected");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
