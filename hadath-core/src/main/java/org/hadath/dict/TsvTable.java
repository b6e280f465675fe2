package org.hadath.dict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hadath.model.Language;

/**
 * Reads the tab-separated format shared by hadath's curated dictionaries (actors, sources, …).
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>UTF-8, strict: an invalid byte sequence is an error (a leading BOM is skipped).
 *   <li>A line starting with {@code #} is a comment; {@code # version: V} (anywhere among the
 *       comments) gives the file's version.
 *   <li>Blank lines are skipped.
 *   <li>The first other line is the header: column names separated by tabs, in any order. Every
 *       required column must be there; an unknown column is an error (it is most likely a typo).
 *   <li>Every data row has exactly as many tab-separated fields as the header. Fields are trimmed.
 * </ul>
 */
public final class TsvTable {

  /** One data row, with its line number. */
  public record Row(String file, int line, Map<String, String> fields) {
    /** The trimmed field, "" when empty. */
    public String get(String column) {
      return fields.getOrDefault(column, "");
    }

    public DictionaryFormatException error(String column, String problem, String fix) {
      return new DictionaryFormatException(file, line, Optional.of(column), problem, fix);
    }

    /**
     * The field split on '|', items trimmed; an empty field gives an empty list.
     *
     * @throws DictionaryFormatException if an item is empty ("a||b", a trailing '|')
     */
    public List<String> list(String column) {
      String field = get(column);
      if (field.isEmpty()) {
        return List.of();
      }
      List<String> out = new ArrayList<>();
      for (String item : field.split("\\|", -1)) {
        String t = item.strip();
        if (t.isEmpty()) {
          throw error(
              column,
              "the list '" + field + "' has an empty item",
              "Separate items with a single '|' and remove leading, trailing or doubled '|'");
        }
        out.add(t);
      }
      return List.copyOf(out);
    }

    /**
     * The aliases in a list column: items split on '|', a leading '~' marks a weak alias. Arabic
     * aliases must contain an Arabic letter, English ones must not.
     *
     * @throws DictionaryFormatException on an empty item, a bare '~' or the wrong script
     */
    public List<Alias> aliases(String column, Language language) {
      List<Alias> out = new ArrayList<>();
      for (String raw : list(column)) {
        boolean weak = raw.startsWith("~");
        String text = weak ? raw.substring(1).strip() : raw;
        if (text.isEmpty()) {
          throw error(
              column, "an alias is only '~'", "Write the alias after the '~' that marks it weak");
        }
        boolean arabic = ArabicScript.hasArabicLetter(text);
        if (language == Language.AR && !arabic) {
          throw error(
              column,
              "the Arabic alias '" + raw + "' has no Arabic letter",
              "Put English forms in the English alias column");
        }
        if (language != Language.AR && arabic) {
          throw error(
              column,
              "the English alias '" + raw + "' has Arabic letters",
              "Put Arabic forms in the Arabic alias column");
        }
        out.add(new Alias(text, language, weak));
      }
      return List.copyOf(out);
    }
  }

  private final String file;
  private final Optional<String> version;
  private final List<Row> rows;

  private TsvTable(String file, Optional<String> version, List<Row> rows) {
    this.file = file;
    this.version = version;
    this.rows = rows;
  }

  public String file() {
    return file;
  }

  public Optional<String> version() {
    return version;
  }

  /**
   * The version, which a shipped dictionary must carry.
   *
   * @throws DictionaryFormatException naming the file when it has no version line
   */
  public String requireVersion() {
    return version.orElseThrow(
        () ->
            new DictionaryFormatException(
                file,
                0,
                Optional.empty(),
                "the version line is missing",
                "Add '# version: YYYY.MM.DD-N' at the top"));
  }

  public List<Row> rows() {
    return rows;
  }

  public static TsvTable read(Path path, Set<String> required, Set<String> known) {
    try (InputStream in = Files.newInputStream(path)) {
      return read(path.toString(), in, required, known);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dictionary file " + path + ": " + e, e);
    }
  }

  public static TsvTable readResource(String resource, Set<String> required, Set<String> known) {
    InputStream in = TsvTable.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(
          "class-path resource " + resource + " is missing: the hadath-core jar is incomplete");
    }
    try (in) {
      return read("classpath:" + resource, in, required, known);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource + ": " + e, e);
    }
  }

  public static TsvTable read(String file, InputStream in, Set<String> required, Set<String> known)
      throws IOException {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    List<Row> rows = new ArrayList<>();
    Optional<String> version = Optional.empty();
    String[] header = null;
    int lineNo = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, decoder))) {
      String line;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
          line = line.substring(1);
        }
        if (line.startsWith("#")) {
          String c = line.substring(1).trim();
          if (c.startsWith("version:")) {
            String v = c.substring("version:".length()).trim();
            if (v.isEmpty()) {
              throw new DictionaryFormatException(
                  file,
                  lineNo,
                  Optional.empty(),
                  "the version line is empty",
                  "Write it as '# version: YYYY.MM.DD-N', e.g. '# version: 2025.01.31-1'");
            }
            version = Optional.of(v);
          }
          continue;
        }
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (header == null) {
          header = cells;
          checkHeader(file, lineNo, header, required, known);
          continue;
        }
        if (cells.length != header.length) {
          throw new DictionaryFormatException(
              file,
              lineNo,
              Optional.empty(),
              "the row has "
                  + cells.length
                  + " tab-separated fields but the header has "
                  + header.length
                  + " (row starts with '"
                  + abbreviate(line)
                  + "')",
              "Separate columns with exactly one TAB each and leave empty fields empty; "
                  + "inside a field, separate list items with ' | ', never with a TAB");
        }
        Map<String, String> fields = new HashMap<>(header.length * 2);
        for (int i = 0; i < header.length; i++) {
          fields.put(header[i], cells[i].strip());
        }
        rows.add(new Row(file, lineNo, fields));
      }
    } catch (CharacterCodingException e) {
      throw new DictionaryFormatException(
          file,
          lineNo + 1,
          Optional.empty(),
          "the file is not valid UTF-8",
          "Save the file as UTF-8 (without any other encoding such as Windows-1256)");
    }
    if (header == null) {
      throw new DictionaryFormatException(
          file,
          0,
          Optional.empty(),
          "the file has no header line",
          "Start the file with the tab-separated column names: " + String.join(", ", required));
    }
    return new TsvTable(file, version, List.copyOf(rows));
  }

  private static void checkHeader(
      String file, int line, String[] header, Set<String> required, Set<String> known) {
    Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < header.length; i++) {
      header[i] = header[i].strip();
      if (!known.contains(header[i])) {
        throw new DictionaryFormatException(
            file,
            line,
            Optional.of(header[i]),
            "unknown column '" + header[i] + "'",
            "Use only the documented columns: " + String.join(", ", sorted(known)));
      }
      if (!seen.add(header[i])) {
        throw new DictionaryFormatException(
            file,
            line,
            Optional.of(header[i]),
            "the column '" + header[i] + "' appears twice in the header",
            "Keep one column of each name");
      }
    }
    for (String r : sorted(required)) {
      if (!seen.contains(r)) {
        throw new DictionaryFormatException(
            file,
            line,
            Optional.of(r),
            "the header lacks the required column '" + r + "'",
            "Add it; required columns are " + String.join(", ", sorted(required)));
      }
    }
  }

  private static List<String> sorted(Set<String> s) {
    return s.stream().sorted().toList();
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
