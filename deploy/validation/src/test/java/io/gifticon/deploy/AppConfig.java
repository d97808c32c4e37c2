package io.gifticon.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The configuration names an app reads, from its sources: the {@code ${ENV_NAME}} references and keys of its
 * application.properties, the keys of the {@code @ConfigMapping} interfaces and {@code @ConfigProperty} names in its
 * own code and in the project libraries it depends on (providers, ...), all in their environment-variable form.
 */
final class AppConfig {

    private static final Pattern ENV_REF = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:?)");
    private static final Pattern MAPPING = Pattern.compile("@ConfigMapping\\(\\s*prefix\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern PROPERTY = Pattern.compile("@ConfigProperty\\(\\s*name\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern INTERFACE = Pattern.compile("\\binterface\\s+(\\w+)");
    private static final Pattern METHOD = Pattern.compile("^\\s*([\\w.<>, ?]+?)\\s+(\\w+)\\(\\)\\s*;");
    private static final List<String> LIBRARIES = List.of("providers", "events", "web-commons");

    /**
     * ${NAME} references in the production keys of application.properties (not %test/%dev/%local ones), with whether
     * a default follows (NAME -> has default).
     */
    final Map<String, Boolean> envReferences = new LinkedHashMap<>();
    /** Every name the app reads, in environment-variable form. */
    final Set<String> knownNames = new TreeSet<>();
    /** Production values of its application.properties (see {@link KafkaUsage#prodValues}). */
    final Map<String, String> prodValues;

    AppConfig(String module) {
        Path dir = Repo.ROOT.resolve(module);
        String props = Repo.read(dir.resolve("src/main/resources/application.properties"));
        prodValues = KafkaUsage.prodValues(props);
        for (String line : props.lines().toList()) {
            String l = line.strip();
            if (l.startsWith("%")
                    && !List.of(l.substring(1, Math.max(1, l.indexOf('.'))).split(","))
                            .contains("prod")) {
                continue; // %test/%dev/%local values: never read in the cluster
            }
            Matcher m = ENV_REF.matcher(l.startsWith("#") ? "" : l);
            while (m.find()) {
                envReferences.merge(m.group(1), !m.group(2).isEmpty(), (a, b) -> a && b);
            }
        }
        knownNames.addAll(envReferences.keySet());
        for (String line : props.lines().toList()) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#") || !l.contains("=")) {
                continue;
            }
            String key = l.substring(0, l.indexOf('=')).strip().replaceFirst("^%[\\w-]+\\.", "");
            knownNames.add(envName(key));
        }
        String pom = Repo.read(dir.resolve("pom.xml"));
        scanMappings(dir.resolve("src/main/java"));
        for (String lib : LIBRARIES) {
            if (pom.contains("<artifactId>" + lib + "</artifactId>")) {
                scanMappings(Repo.ROOT.resolve(lib).resolve("src/main/java"));
            }
        }
    }

    /**
     * Whether the app is built with its management interface ({@code quarkus.management.enabled}, build time): then
     * health and metrics are served on the management port only.
     */
    boolean managementInterface() {
        return "true".equals(prodValues.get("quarkus.management.enabled"));
    }

    /** SmallRye Config's environment form of a property name: non-alphanumerics to '_', upper case. */
    static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private void scanMappings(Path src) {
        if (!Files.isDirectory(src)) {
            return;
        }
        try (Stream<Path> files = Files.walk(src)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String java = Repo.read(f);
                Matcher pm = MAPPING.matcher(java);
                if (pm.find()) {
                    addMapping(pm.group(1), java);
                }
                Matcher cp = PROPERTY.matcher(java);
                while (cp.find()) {
                    knownNames.add(envName(cp.group(1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names of a mapping: methods per interface (by brace depth), expanded from the outermost interface. */
    private void addMapping(String prefix, String java) {
        Map<String, Map<String, String>> methods = new HashMap<>(); // interface -> method -> return type
        Deque<String> open = new ArrayDeque<>();
        Deque<Integer> openDepth = new ArrayDeque<>();
        String root = null;
        int depth = 0;
        String pending = null;
        for (String line : java.lines().toList()) {
            String code = line.replaceAll("//.*", "");
            Matcher im = INTERFACE.matcher(code);
            if (im.find() && !code.strip().startsWith("*")) {
                pending = im.group(1);
                if (root == null) {
                    root = pending;
                }
            }
            Matcher mm = METHOD.matcher(code);
            if (mm.find() && !open.isEmpty() && depth == openDepth.peek()) {
                methods.computeIfAbsent(open.peek(), k -> new LinkedHashMap<>()).put(mm.group(2), mm.group(1));
            }
            for (char c : code.toCharArray()) {
                if (c == '{') {
                    depth++;
                    if (pending != null) {
                        open.push(pending);
                        openDepth.push(depth);
                        pending = null;
                    }
                } else if (c == '}') {
                    if (!openDepth.isEmpty() && openDepth.peek() == depth) {
                        open.pop();
                        openDepth.pop();
                    }
                    depth--;
                }
            }
        }
        if (root != null) {
            expand(prefix, root, methods, 0);
        }
    }

    private void expand(String prefix, String iface, Map<String, Map<String, String>> methods, int level) {
        for (Map.Entry<String, String> e : methods.getOrDefault(iface, Map.of()).entrySet()) {
            String name = prefix + "." + kebab(e.getKey());
            String type = e.getValue().strip();
            if (methods.containsKey(type) && level < 5) {
                expand(name, type, methods, level + 1);
            } else if (!type.startsWith("Map<")) {
                knownNames.add(envName(name));
            }
        }
    }
}
