package news.cms.app;

import news.cms.app.export.ExportCommand;
import news.cms.app.search.ReindexCommand;
import news.cms.publishing.export.ExportException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.Map;

/**
 * The jar's command line: {@code java -jar cms-app.jar <command> …} runs a command and exits (0 done,
 * 1 failed, 2 wrong usage); with no command the server starts as usual ({@link Application}).
 */
@Command(name = "java -jar cms-app.jar", usageHelpAutoWidth = true,
        description = "The newsroom CMS. Without a command it starts the server.",
        subcommands = CommandLine.HelpCommand.class)
public final class CmsCommand {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    /**
     * Runs a command and returns its exit code.
     *
     * @param properties settings for the command's application context (tests); none in production
     */
    public static int run(String[] args, Map<String, Object> properties, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new CmsCommand())
                .addSubcommand(new CommandLine(new ExportCommand(properties)))
                .addSubcommand(new CommandLine(new ReindexCommand(properties)))
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler((e, parsed) -> {
                    CommandLine command = e.getCommandLine();
                    command.getErr().println(e.getMessage());
                    CommandLine.UnmatchedArgumentException.printSuggestions(e, command.getErr());
                    command.getErr().println("Run 'java -jar cms-app.jar " + (command.getParent() == null ? "" : command.getCommandName() + " ")
                            + "--help' to see what it takes.");
                    return command.getCommandSpec().exitCodeOnInvalidInput();
                })
                .setExecutionExceptionHandler((e, command, parsed) -> {
                    String name = command.getCommandName();
                    command.getErr().println(Character.toUpperCase(name.charAt(0)) + name.substring(1) + " failed: "
                            + whatToDo(e));
                    command.getErr().flush();
                    return 1;
                });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** One line for the person at the console: our own messages say what to do; the rest is named. */
    private static String whatToDo(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ExportException) {
                return cause.getMessage();
            }
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Database may be already in use")) {
                return "the embedded database is open in the running server: stop it first (an export can also be asked of it: POST /api/export)";
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + String.valueOf(root.getMessage()).lines().findFirst().orElse("")
                + " (check CMS_DATA_DIR, CMS_DB_URL and the directories it writes, then run it again)";
    }
}
