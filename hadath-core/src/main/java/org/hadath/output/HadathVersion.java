package org.hadath.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of hadath, as the Maven build wrote it into {@code org/hadath/version.properties}.
 */
public final class HadathVersion {
  private static final String RESOURCE = "/org/hadath/version.properties";
  private static final String VERSION = load();

  private HadathVersion() {}

  /** The project version, e.g. {@code "0.1.0"}. */
  public static String current() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = HadathVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "resource "
                + RESOURCE
                + " is missing from the class path; rebuild hadath-core with Maven so that"
                + " resources-filtered is copied");
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "").trim();
      if (v.isEmpty() || v.startsWith("${")) {
        throw new IllegalStateException(
            "resource " + RESOURCE + " holds no filtered version ('" + v + "'); build with Maven");
      }
      return v;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
