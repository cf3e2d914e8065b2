package se.brobygge.moderation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import se.brobygge.moderation.WordAction;

@Entity
@Table(name = "moderation_watched_word")
class WatchedWordEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Nullable
    private Long id;

    @Column(nullable = false)
    private String language = "*";

    @Column(nullable = false)
    private String word = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WordAction action = WordAction.FLAG;

    @Nullable
    private String message;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    protected WatchedWordEntity() {}

    WatchedWordEntity(
            String language, String word, WordAction action, @Nullable String message, long createdBy, Instant now) {
        this.language = language;
        this.word = word;
        this.action = action;
        this.message = message;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("not saved");
        }
        return id;
    }

    String language() {
        return language;
    }

    String word() {
        return word;
    }

    WordAction action() {
        return action;
    }

    @Nullable
    String message() {
        return message;
    }

    /** Applies to text in this language ("*" applies to every language; unknown language: every word). */
    boolean appliesTo(@Nullable String textLanguage) {
        return "*".equals(language) || textLanguage == null || language.equalsIgnoreCase(textLanguage);
    }
}
