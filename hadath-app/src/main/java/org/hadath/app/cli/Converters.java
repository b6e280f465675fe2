package org.hadath.app.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Iterator;
import java.util.List;
import org.hadath.ingest.InputFormat;
import org.hadath.output.OutputFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option value converters; a bad value is a picocli parameter error, exit code 2. */
final class Converters {
  private Converters() {}

  /** {@code YYYY-MM-DD}, strictly: {@code 2017-02-30} is refused. */
  static final class IsoDate implements ITypeConverter<LocalDate> {
    private static final DateTimeFormatter STRICT =
        DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.trim(), STRICT);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a date: use YYYY-MM-DD, e.g. 2017-06-15");
      }
    }
  }

  /** {@code jsonl}, {@code acled-csv}, {@code geojson}. */
  static final class Format implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      return OutputFormat.fromCliName(value)
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "unknown format '" + value + "': use one of " + OutputFormat.cliNames()));
    }
  }

  /** Completion candidates for {@code --format}, shown in the help. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of(OutputFormat.values()).stream().map(OutputFormat::cliName).iterator();
    }
  }

  /** {@code --input jsonl} (or {@code auto}, the default: by file name). */
  static final class Input implements ITypeConverter<InputFormat> {
    @Override
    public InputFormat convert(String value) {
      return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
        case "jsonl" -> InputFormat.JSONL;
        case "auto" -> InputFormat.AUTO;
        default ->
            throw new TypeConversionException(
                "unknown input format '" + value + "': use jsonl (or auto, the default)");
      };
    }
  }

  /** A positive thread count. */
  static final class Threads implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int n;
      try {
        n = Integer.parseInt(value.trim());
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + value + "' is not a number of threads");
      }
      if (n < 1 || n > 1024) {
        throw new TypeConversionException("--threads must be between 1 and 1024, got " + value);
      }
      return n;
    }
  }
}
