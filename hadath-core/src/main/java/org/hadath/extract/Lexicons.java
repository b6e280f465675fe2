package org.hadath.extract;

import java.util.Set;
import org.hadath.dict.TsvTable;

/** Reading the shipped extraction lexicons, which share {@link TsvTable}'s format. */
final class Lexicons {
  private Lexicons() {}

  /** A shipped lexicon; every column is required. */
  static TsvTable read(String resource, Set<String> columns) {
    return TsvTable.readResource(resource, columns, columns);
  }

  static String required(TsvTable.Row r, String column) {
    String v = r.get(column);
    if (v.isEmpty()) {
      throw r.error(column, "the field is empty", "fill it in");
    }
    return v;
  }

  static int integer(TsvTable.Row r, String column, int min, int max) {
    String v = required(r, column);
    try {
      int n = Integer.parseInt(v);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw r.error(
        column, "'" + v + "' is not a whole number from " + min + " to " + max, "write one");
  }
}
