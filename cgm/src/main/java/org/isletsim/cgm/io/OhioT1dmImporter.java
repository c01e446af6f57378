package org.isletsim.cgm.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.isletsim.InvalidInputException;

/**
 * OhioT1DM-style XML (Marling &amp; Bunescu 2020; docs/cgm.md §5.4): {@code <patient>} with sections such as
 * {@code <glucose_level>} holding {@code <event ts="DD-MM-YYYY HH:MM:SS" value="mg/dL"/>}. Only glucose_level events
 * are readings; events of other sections are counted as skipped. Streamed with StAX (external entities disabled).
 */
public final class OhioT1dmImporter implements CgmImporter {
  @Override
  public String id() {
    return "ohiot1dm_xml";
  }

  @Override
  public List<String> aliases() {
    return List.of("ohio", "ohiot1dm");
  }

  @Override
  public boolean sniff(FileHead head) {
    return head.firstChar() == '<' && head.text().contains("<patient");
  }

  @Override
  public ImportResult read(Path file, ImportOptions options) {
    String source = file.toString();
    ReadingCollector out = new ReadingCollector(source, options);
    GlucoseUnit units = options.units() != null ? options.units() : GlucoseUnit.MG_DL;
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    long line = 0;
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader x = f.createXMLStreamReader(in);
      String section = null;
      boolean sawPatient = false;
      while (x.hasNext()) {
        int ev = x.next();
        line = x.getLocation().getLineNumber();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          String name = x.getLocalName();
          if (name.equals("patient")) {
            sawPatient = true;
          } else if (name.equals("event")) {
            if (!"glucose_level".equals(section)) {
              out.skip("events in other sections (" + section + ")");
              continue;
            }
            String ts = x.getAttributeValue(null, "ts");
            String value = x.getAttributeValue(null, "value");
            if (ts == null || value == null) {
              throw new InvalidInputException(source + " line " + line
                  + ": glucose_level event without ts or value; expected <event ts=\"DD-MM-YYYY HH:MM:SS\""
                  + " value=\"...\"/>");
            }
            // the format is defined day first (DD-MM-YYYY): no guessing unless the user says otherwise
            long t = Timestamps.parse(ts, options.dayMonth() == Timestamps.DayMonth.DAY_FIRST
                ? Timestamps.DayMonth.DAY_FIRST_ALWAYS : options.dayMonth(), source, line, options.zoneOrUtc());
            switch (Values.kind(value)) {
              case EMPTY -> out.skip("glucose events without value");
              case LOW -> out.addCensored(t, false, 40, units);
              case HIGH -> out.addCensored(t, true, 400, units);
              case NUMBER -> out.add(t, Values.number(value, source, line, "value"), line);
            }
          } else if (sawPatient) {
            section = name;
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT && !x.getLocalName().equals("event")) {
          section = null;
        }
      }
      if (!sawPatient) {
        throw new InvalidInputException(source + " line 1: no <patient> element; expected OhioT1DM XML");
      }
      return out.build(id(), units);
    } catch (XMLStreamException e) {
      long l = e.getLocation() == null ? line : e.getLocation().getLineNumber();
      String msg = String.valueOf(e.getMessage()).replaceAll("\\s+", " ");
      int cut = msg.indexOf("Message: ");
      throw new InvalidInputException(source + " line " + l + ": malformed XML ("
          + (cut >= 0 ? msg.substring(cut + 9) : msg) + "); expected complete OhioT1DM XML (truncated file?)");
    } catch (IOException e) {
      throw new InvalidInputException(source + ": cannot read file (" + e.getMessage() + ")");
    }
  }
}
