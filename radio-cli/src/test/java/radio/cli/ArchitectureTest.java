package radio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Imports flow one way (cli → services → clients and domain), packages form no cycles, and each
 * third-party library stays behind its one package. Read from the sources of every module.
 */
class ArchitectureTest {
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)(?:\\.\\*)?\\s*;",
            Pattern.MULTILINE);

    /** package → (imported name → first file importing it). */
    private static final Map<String, Map<String, String>> IMPORTS = new TreeMap<>();

    @BeforeAll
    static void readSources() throws IOException {
        Path root = projectRoot();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(p -> Files.isDirectory(p.resolve("src/main/java"))).toList()) {
                try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
                    files.filter(p -> p.toString().endsWith(".java")).forEach(ArchitectureTest::read);
                }
            }
        }
        assertThat(IMPORTS).as("packages found").containsKeys("radio.config", "radio.cli");
    }

    @Test
    void packagesFormNoCycles() {
        Map<String, Set<String>> graph = new HashMap<>();
        IMPORTS.forEach((pkg, imports) -> {
            Set<String> targets = new TreeSet<>();
            for (String imported : imports.keySet()) {
                String target = owningPackage(imported);
                if (target != null && !target.equals(pkg)) {
                    targets.add(target);
                }
            }
            graph.put(pkg, targets);
        });
        List<List<String>> cycles = stronglyConnected(graph).stream().filter(c -> c.size() > 1).toList();
        assertThat(cycles).as("package cycles").isEmpty();
    }

    @Test
    void domainAndClientsDoNotReachUpIntoServicesOrCli() {
        forbid("radio.lightcurve", "radio.archive", "radio.transfer", "radio.catalog", "radio.plot", "radio.cli",
                "radio.search", "radio.periodogram", "radio.periodsearch");
        forbid("radio.periodogram", "radio.archive", "radio.transfer", "radio.catalog", "radio.plot", "radio.cli",
                "radio.search", "radio.periodsearch");
        forbid("radio.periodsearch", "radio.archive", "radio.transfer", "radio.catalog", "radio.plot", "radio.cli",
                "radio.search", "radio.output", "radio.config");
        forbid("radio.archive", "radio.search", "radio.transfer", "radio.catalog", "radio.plot", "radio.cli");
        forbid("radio.catalog", "radio.search", "radio.transfer", "radio.archive", "radio.plot", "radio.cli");
        forbid("radio.config", "radio.archive", "radio.search", "radio.transfer", "radio.catalog", "radio.cli");
        forbid("radio.search", "radio.transfer", "radio.cli", "radio.plot");
        forbid("radio.transfer", "radio.search", "radio.cli", "radio.plot", "radio.archive.mast",
                "radio.archive.exoplanets");
        forbid("radio.plot", "radio.archive", "radio.search", "radio.transfer", "radio.catalog", "radio.cli");
        forbid("radio.workflow", "radio.cli", "radio.api", "radio.plot");
        forbid("radio.api", "radio.cli");
        for (String lower : List.of("radio.archive", "radio.search", "radio.transfer", "radio.catalog", "radio.config",
                "radio.lightcurve", "radio.periodogram", "radio.periodsearch", "radio.plot")) {
            forbid(lower, "radio.workflow", "radio.api");
        }
    }

    @Test
    void simulatedArchiveIsIndependentOfTheLibrary() {
        IMPORTS.forEach((pkg, imports) -> {
            if (inside(pkg, "radio.sim")) {
                assertThat(imports.keySet().stream().filter(i -> i.startsWith("radio.") && !inside(i, "radio.sim")))
                        .as("radio.* imports of " + pkg).isEmpty();
            }
        });
    }

    @Test
    void thirdPartyLibrariesStayBehindTheirPackage() {
        confine("picocli", "radio.cli");
        confine("me.tongfei.progressbar", "radio.cli");
        confine("software.amazon.awssdk", "radio.transfer");
        confine("org.knowm.xchart", "radio.plot");
        confine("java.sql", "radio.catalog");
        confine("org.sqlite", "radio.catalog");
        confine("nom.tam", "radio.lightcurve", "radio.sim");
    }

    private static void forbid(String from, String... targets) {
        IMPORTS.forEach((pkg, imports) -> {
            if (!inside(pkg, from)) {
                return;
            }
            imports.forEach((imported, file) -> {
                for (String target : targets) {
                    assertThat(inside(imported, target))
                            .as("%s imports %s (%s): %s must not depend on %s", pkg, imported, file, from, target)
                            .isFalse();
                }
            });
        });
    }

    private static void confine(String library, String... allowed) {
        IMPORTS.forEach((pkg, imports) -> imports.forEach((imported, file) -> {
            if (inside(imported, library)) {
                assertThat(Stream.of(allowed).anyMatch(a -> inside(pkg, a)))
                        .as("%s uses %s (%s); only %s may", pkg, imported, file, List.of(allowed))
                        .isTrue();
            }
        }));
    }

    private static boolean inside(String name, String pkg) {
        return name.equals(pkg) || name.startsWith(pkg + ".");
    }

    /** The radio package an imported class or package belongs to, or null when it is not ours. */
    private static String owningPackage(String imported) {
        String best = null;
        for (String pkg : IMPORTS.keySet()) {
            if (imported.startsWith(pkg + ".") || imported.equals(pkg)) {
                if (best == null || pkg.length() > best.length()) {
                    best = pkg;
                }
            }
        }
        return best;
    }

    private static void read(Path file) {
        try {
            String src = Files.readString(file);
            Matcher pm = PACKAGE.matcher(src);
            if (!pm.find()) {
                return;
            }
            Map<String, String> imports = IMPORTS.computeIfAbsent(pm.group(1), k -> new TreeMap<>());
            Matcher im = IMPORT.matcher(src);
            while (im.find()) {
                imports.putIfAbsent(im.group(1), file.getFileName().toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path projectRoot() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("radio-core")) && Files.isRegularFile(d.resolve("pom.xml"))) {
                return d;
            }
        }
        throw new AssertionError("project root with radio-core not found above " + Path.of("").toAbsolutePath());
    }

    /** Tarjan's algorithm, iterative enough for our few dozen packages. */
    private static List<List<String>> stronglyConnected(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<List<String>> result = new ArrayList<>();
        int[] counter = {0};
        for (String v : graph.keySet()) {
            if (!index.containsKey(v)) {
                strongConnect(v, graph, index, low, stack, onStack, result, counter);
            }
        }
        return result;
    }

    private static void strongConnect(String v, Map<String, Set<String>> graph, Map<String, Integer> index,
                                      Map<String, Integer> low, Deque<String> stack, Set<String> onStack,
                                      List<List<String>> result, int[] counter) {
        index.put(v, counter[0]);
        low.put(v, counter[0]);
        counter[0]++;
        stack.push(v);
        onStack.add(v);
        for (String w : graph.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                strongConnect(w, graph, index, low, stack, onStack, result, counter);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            List<String> component = new ArrayList<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            result.add(component);
        }
    }
}
