package io.gifticon.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Renders a kustomization with a real kustomize: {@code $KUSTOMIZE} (a path to a kustomize binary) if set, else
 * {@code kustomize} on the PATH, else {@code kubectl kustomize} (kubectl embeds kustomize; the Debian image of this
 * project's machines ships kubectl 1.32 with kustomize v5.5 in its {@code kubectl} package). Offline: kustomize
 * only reads the local files.
 */
final class Kustomize {

    private static List<String> command;

    private Kustomize() {}

    /** The rendered multi-document YAML of the kustomization in {@code dir}. */
    static String build(Path dir) {
        List<String> cmd = new ArrayList<>(command());
        cmd.add(dir.toAbsolutePath().toString());
        try {
            Path out = Files.createTempFile("kustomize", ".yaml");
            Path err = Files.createTempFile("kustomize", ".err");
            try {
                Process p = new ProcessBuilder(cmd)
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .start();
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", cmd) + " did not finish in 60 s");
                }
                if (p.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", cmd) + " failed (" + p.exitValue() + "): "
                            + Files.readString(err, StandardCharsets.UTF_8));
                }
                return Files.readString(out, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + cmd, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** How kustomize is run here, e.g. "kubectl kustomize". */
    static synchronized List<String> command() {
        if (command == null) {
            String env = System.getenv("KUSTOMIZE");
            if (env != null && !env.isBlank()) {
                command = List.of(env, "build");
            } else if (onPath("kustomize")) {
                command = List.of("kustomize", "build");
            } else if (onPath("kubectl")) {
                command = List.of("kubectl", "kustomize");
            } else {
                throw new IllegalStateException("no kustomize found: set KUSTOMIZE to a kustomize binary, or put"
                        + " kustomize or kubectl (v1.21+, which embeds kustomize) on the PATH");
            }
        }
        return command;
    }

    private static boolean onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                return true;
            }
        }
        return false;
    }
}
