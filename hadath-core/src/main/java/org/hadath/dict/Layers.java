package org.hadath.dict;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * The shipped dictionary and the user's files laid over it, row by row, by id.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Files are read in order: the shipped file first, then each user file.
 *   <li>A row whose id exists replaces that entry; a new id adds one; an id written {@code -ID}
 *       removes the entry (an error when no earlier file defines it).
 *   <li>Ids are upper-case ASCII letters, digits and '-', unique within a file.
 *   <li>The version is the shipped file's, then {@code +file@version} for each user file.
 * </ul>
 */
public final class Layers {
  private static final Pattern ID = Pattern.compile("[A-Z0-9][A-Z0-9-]*");

  private Layers() {}

  /**
   * The tables to lay over each other: the shipped resource (when not null) and then {@code files},
   * in order.
   *
   * @throws IllegalArgumentException when there is nothing to read
   */
  public static List<TsvTable> read(
      String shippedResource, List<Path> files, Set<String> required, Set<String> known) {
    List<TsvTable> tables = new java.util.ArrayList<>();
    if (shippedResource != null) {
      tables.add(TsvTable.readResource(shippedResource, required, known));
    }
    for (Path p : files) {
      tables.add(TsvTable.read(p, required, known));
    }
    if (tables.isEmpty()) {
      throw new IllegalArgumentException("no dictionary file to read: name at least one");
    }
    return tables;
  }

  /** The merged entries, in first-definition order, with the row each came from and the version. */
  public record Merged<E>(Map<String, E> entries, Map<String, TsvTable.Row> rows, String version) {}

  /**
   * Lays {@code tables} over each other.
   *
   * @param firstNeedsVersion whether the first table must carry a version line
   * @param idExample an id to show in error messages, e.g. {@code "SYR-MIL-2000"}
   * @param shipped the shipped file's name, for error messages
   * @param parse reads one row (with its id) into an entry
   */
  public static <E> Merged<E> merge(
      List<TsvTable> tables,
      boolean firstNeedsVersion,
      String idExample,
      String shipped,
      BiFunction<TsvTable.Row, String, E> parse) {
    TsvTable base = tables.get(0);
    if (firstNeedsVersion && base.version().isEmpty()) {
      throw new DictionaryFormatException(
          base.file(),
          0,
          Optional.empty(),
          "the dictionary has no version line",
          "Add a comment line '# version: YYYY.MM.DD-N' before the header");
    }
    Map<String, E> merged = new LinkedHashMap<>();
    Map<String, TsvTable.Row> rowOf = new HashMap<>();
    StringBuilder version = new StringBuilder(base.version().orElse("unversioned"));
    for (int t = 0; t < tables.size(); t++) {
      TsvTable table = tables.get(t);
      if (t > 0) {
        version.append('+').append(Path.of(table.file()).getFileName());
        table.version().ifPresent(v -> version.append('@').append(v));
      }
      Set<String> seenInFile = new HashSet<>();
      for (TsvTable.Row row : table.rows()) {
        String rawId = row.get("id");
        boolean removal = rawId.startsWith("-");
        String id = removal ? rawId.substring(1) : rawId;
        if (!ID.matcher(id).matches()) {
          throw row.error(
              "id",
              "the id '" + rawId + "' is not valid",
              "Use upper-case ASCII letters, digits and '-', e.g. '"
                  + idExample
                  + "' (a leading '-' removes that entry)");
        }
        if (!seenInFile.add(id)) {
          throw row.error(
              "id",
              "the id '" + id + "' appears twice in this file",
              "Give every row its own id, or merge the two rows");
        }
        if (removal) {
          if (merged.remove(id) == null) {
            throw row.error(
                "id",
                "'" + rawId + "' removes the entry '" + id + "', which no earlier file defines",
                "Check the spelling of the id against " + shipped + ", or drop the row");
          }
          rowOf.remove(id);
          continue;
        }
        merged.put(id, parse.apply(row, id));
        rowOf.put(id, row);
      }
    }
    return new Merged<>(merged, rowOf, version.toString());
  }
}
