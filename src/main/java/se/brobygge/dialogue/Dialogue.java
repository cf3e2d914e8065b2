package se.brobygge.dialogue;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

public record Dialogue(
        DialogueId id,
        String title,
        String background,
        String department,
        @Nullable String area,
        Instant opensAt,
        Instant closesAt,
        Set<String> languages,
        boolean premoderated,
        DialogueStatus status,
        @Nullable Summary summary,
        long version) {}
