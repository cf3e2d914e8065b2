package se.brobygge.dialogue;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.brobygge.identity.AccountId;

/**
 * A post as the viewer may see it. {@code body} is empty when hidden or deleted, unless the viewer
 * wrote it; {@code hiddenReason} only reaches the writer; {@code authorStaff} gives the staff badge.
 */
public record Post(
        PostId id,
        DialogueId dialogueId,
        @Nullable PostId parentId,
        AccountId authorId,
        String authorName,
        boolean authorStaff,
        String body,
        String language,
        boolean official,
        @Nullable String department,
        PostState state,
        @Nullable String hiddenReason,
        Instant createdAt,
        @Nullable Instant editedAt,
        int agreeCount,
        int importantCount,
        boolean mine,
        boolean editable,
        Set<Reaction> myReactions,
        long version) {

    public boolean reply() {
        return parentId != null;
    }
}
