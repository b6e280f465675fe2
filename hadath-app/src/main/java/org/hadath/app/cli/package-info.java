/**
 * The {@code hadath} command line: one picocli class per subcommand, registered in {@code
 * HadathCli.commandLine}. Exit codes are decided in one place, {@link
 * org.hadath.app.cli.ExitCodes}.
 *
 * <p>To add a command (ingest, export, serve, eval, spark, bench): write a {@code
 * Callable<Integer>} class here that takes the {@link org.hadath.app.cli.Io} in its constructor,
 * returns {@link org.hadath.app.cli.ExitCodes#OK} or {@link org.hadath.app.cli.ExitCodes#FAILED},
 * throws {@link org.hadath.app.cli.UsageException} for usage errors found at run time, and register
 * it in {@code HadathCli.commandLine}.
 */
package org.hadath.app.cli;
