package io.gifticon.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Paths in the repository (the tests run from deploy/validation). */
final class Repo {

    static final Path ROOT = findRoot();
    static final Path K8S = ROOT.resolve("deploy/k8s");
    static final Path README = ROOT.resolve("deploy/README.md");

    private Repo() {}

    private static Path findRoot() {
        String prop = System.getProperty("repo.root");
        Path p = (prop != null ? Path.of(prop) : Path.of("")).toAbsolutePath().normalize();
        for (Path d = p; d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("deploy/k8s")) && Files.isRegularFile(d.resolve("pom.xml"))) {
                return d;
            }
        }
        throw new IllegalStateException("repository root (with deploy/k8s) not found above " + p);
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
