package org.hadath.app.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.hadath.output.HadathVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code hadath}: the command line. Every subcommand is registered in {@code commandLine}; every
 * exit code comes from {@link ExitCodes}.
 */
@Command(
    name = "hadath",
    mixinStandardHelpOptions = true,
    versionProvider = HadathCli.Version.class,
    description = {
      "Turns Arabic and English news reports about armed conflict into ACLED-style, geocoded,"
          + " source-attributed event records with evidence for every field.",
      "",
      "Start with: hadath demo"
    },
    commandListHeading = "%nCommands:%n",
    footer = {
      "",
      "Exit codes: 0 every document was processed; 1 at least one document failed, or the run"
          + " stopped on an error; 2 usage error."
    })
public final class HadathCli implements Callable<Integer> {
  private final Io io;

  @Spec CommandSpec spec;

  HadathCli(Io io) {
    this.io = io;
  }

  /** No command given: a usage error. */
  @Override
  public Integer call() {
    io.stderr().println("hadath: missing command");
    spec.commandLine().usage(io.stderr());
    return ExitCodes.USAGE;
  }

  /** The command line with every subcommand and the exit-code handlers. */
  static CommandLine commandLine(Io io, Supplier<Engine> engine) {
    CommandLine cmd =
        new CommandLine(new HadathCli(io))
            .addSubcommand("extract", new ExtractCommand(io, engine))
            .addSubcommand("demo", new DemoCommand(io, engine))
            .addSubcommand("bench", new BenchCommand(io, engine))
            .addSubcommand("eval", new EvalCommand(io, engine))
            .addSubcommand("fuzz", new FuzzCommand(io, engine))
            .addSubcommand("train-ner", new TrainNerCommand(io))
            .addSubcommand("version", new VersionCommand(io))
            .addSubcommand("help", new CommandLine.HelpCommand());
    // Coming commands (ingest, export, serve, spark) are registered here.
    cmd.setOut(new PrintWriter(new OutputStreamWriter(io.stdout(), StandardCharsets.UTF_8), true));
    cmd.setErr(new PrintWriter(new OutputStreamWriter(io.stderr(), StandardCharsets.UTF_8), true));
    cmd.setParameterExceptionHandler(new ExitCodes.ParameterErrors());
    cmd.setExecutionExceptionHandler(new ExitCodes.ExecutionErrors(io.stderr()));
    cmd.setExitCodeExceptionMapper(t -> ExitCodes.FAILED);
    return cmd;
  }

  /**
   * Runs hadath with {@code args} on {@code io} and returns the exit code (0, 1 or 2, nothing
   * else), without exiting: the tests call this.
   */
  public static int execute(Io io, String... args) {
    return execute(io, Engine::standard, args);
  }

  /** {@link #execute(Io, String...)} with another pipeline (tests). */
  static int execute(Io io, Supplier<Engine> engine, String... args) {
    try {
      return ExitCodes.clamp(commandLine(io, engine).execute(args));
    } catch (Throwable t) { // errors picocli lets through: out of memory, stack overflow
      return ExitCodes.crash(t, io.stderr());
    } finally {
      try {
        io.stdout().flush();
      } catch (java.io.IOException e) {
        io.stderr().println("hadath: cannot flush standard output: " + e.getMessage());
      }
      io.stderr().flush();
    }
  }

  public static void main(String[] args) {
    System.exit(execute(Io.system(), args));
  }

  /** {@code --version}: the hadath version. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"hadath " + HadathVersion.current()};
    }
  }
}
