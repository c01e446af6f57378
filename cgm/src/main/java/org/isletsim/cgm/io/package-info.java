/**
 * Importers for CGM device exports behind one {@link org.isletsim.cgm.io.CgmImporter} interface, format detection
 * ({@link org.isletsim.cgm.io.CgmImporters}), and writers for the normalised series (CSV and a small dependency-free
 * Parquet writer). Importer rules follow docs/cgm.md §5.7 (those of iglu {@code read_raw_data}).
 */
package org.isletsim.cgm.io;
