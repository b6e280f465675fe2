package org.hadath.app.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.hadath.output.HadathVersion;
import picocli.CommandLine.Command;

/** {@code hadath version}: prints the version on stdout. */
@Command(
    name = "version",
    mixinStandardHelpOptions = true,
    versionProvider = HadathCli.Version.class,
    description = "Prints hadath's version and the Java runtime it runs on.")
final class VersionCommand implements Callable<Integer> {
  private final Io io;

  VersionCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    PrintStream out = io.stdoutText();
    out.println("hadath " + HadathVersion.current());
    out.println(
        "Java "
            + System.getProperty("java.version")
            + " ("
            + System.getProperty("java.vendor")
            + ")");
    out.flush();
    return ExitCodes.OK;
  }
}
