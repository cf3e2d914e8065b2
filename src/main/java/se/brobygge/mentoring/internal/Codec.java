package se.brobygge.mentoring.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.brobygge.mentoring.Criterion;

/**
 * Text forms of the small sets and maps stored in single columns, and the mapping between the
 * API's value types and the solver's ({@code matching}), which share their constants' names.
 */
final class Codec {

    private Codec() {}

    static String enums(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> enums(String text, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        for (String name : text.split(",")) {
            if (!name.isBlank()) {
                values.add(Enum.valueOf(type, name.strip()));
            }
        }
        return values;
    }

    static <E extends Enum<E>> @Nullable E nullableEnum(@Nullable String name, Class<E> type) {
        return name == null || name.isBlank() ? null : Enum.valueOf(type, name);
    }

    static @Nullable String nullableName(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    static String languages(Map<String, ? extends Enum<?>> languages) {
        return new TreeMap<>(languages)
                .entrySet().stream()
                        .map(e -> e.getKey() + ":" + e.getValue().name())
                        .collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Map<String, E> languages(String text, Class<E> level) {
        Map<String, E> languages = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            if (!pair.isBlank()) {
                String[] parts = pair.split(":");
                languages.put(parts[0], Enum.valueOf(level, parts[1]));
            }
        }
        return languages;
    }

    /** The same constant in the other enum type (API and solver types share their names). */
    static <E extends Enum<E>> E same(Enum<?> value, Class<E> type) {
        return Enum.valueOf(type, value.name());
    }

    /** "KIND=points=arg|arg;KIND=points=..." */
    static String criteria(List<Criterion> criteria) {
        return criteria.stream()
                .map(c -> c.kind().name() + "=" + c.points() + "=" + String.join("|", c.args()))
                .collect(Collectors.joining(";"));
    }

    static List<Criterion> criteria(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(";"))
                .map(part -> {
                    String[] cells = part.split("=", 3);
                    List<String> args =
                            cells.length < 3 || cells[2].isEmpty() ? List.of() : List.of(cells[2].split("\\|"));
                    return new Criterion(Criterion.Kind.valueOf(cells[0]), Integer.parseInt(cells[1]), args);
                })
                .toList();
    }
}
