package id.kenda.cli;

import id.kenda.testing.Kenda;
import id.kenda.testing.Processes;
import id.kenda.testing.Run;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The files in completions/ are exactly what {@code kenda completion SHELL} prints. When the command
 * tree changes, regenerate them with {@code mvn test -Dtest=CompletionsTest -Dkenda.updateCompletions=true}.
 */
class CompletionsTest {
    @ParameterizedTest
    @EnumSource(CompletionCommand.Shell.class)
    void committedCompletionFilesMatchTheCommandTree(CompletionCommand.Shell shell) throws Exception {
        String name = switch (shell) {
            case bash -> "kenda.bash";
            case zsh -> "_kenda";
            case fish -> "kenda.fish";
        };
        Path file = Processes.projectDir().resolve("completions").resolve(name);
        Run r = Kenda.run(Map.of(), "completion", shell.name());
        assertEquals(0, r.exit(), r::toString);
        if (Boolean.getBoolean("kenda.updateCompletions")) {
            Files.writeString(file, r.out(), StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), r.out(),
                "completions/" + name + " is stale: regenerate with -Dkenda.updateCompletions=true");
    }
}
