package se.brobygge.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The project's Java source files as text, for the house rules that compiled classes cannot show. */
public final class JavaSources {

    public static final Path MAIN = Path.of("src/main/java");
    public static final Path TEST = Path.of("src/test/java");

    /** A qualified class name: a known top-level package, lower-case segments, then a type name. */
    private static final Pattern QUALIFIED_NAME = Pattern.compile(
            "(?<![\\w.])(?:java|javax|jakarta|org|com|se|net|io|tools|jdk|sun)(?:\\.[a-z_][a-z0-9_]*)+\\.[A-Z]\\w*");

    private JavaSources() {}

    public static List<Path> files(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static long lines(Path file) {
        return read(file).lines().count();
    }

    /**
     * The source with comments, string, text-block and character literals blanked out (line breaks kept), so
     * that what is left is code.
     */
    public static String code(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            int end;
            if (source.startsWith("//", i)) {
                end = source.indexOf('\n', i);
                end = end < 0 ? n : end;
            } else if (source.startsWith("/*", i)) {
                end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                char quote = source.charAt(i);
                end = i + 1;
                while (end < n && source.charAt(end) != quote) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(n, end + 1);
            } else {
                out.append(source.charAt(i++));
                continue;
            }
            for (int k = i; k < end; k++) {
                out.append(source.charAt(k) == '\n' ? '\n' : ' ');
            }
            i = end;
        }
        return out.toString();
    }

    /** "file:line: name" for each class named by its qualified name in code, outside imports and packages. */
    public static List<String> inlineQualifiedNames(Path file) {
        List<String> found = new ArrayList<>();
        String[] lines = code(read(file)).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("import ") || line.startsWith("package ")) {
                continue;
            }
            Matcher m = QUALIFIED_NAME.matcher(lines[i]);
            while (m.find()) {
                found.add(file + ":" + (i + 1) + ": " + m.group());
            }
        }
        return found;
    }
}
