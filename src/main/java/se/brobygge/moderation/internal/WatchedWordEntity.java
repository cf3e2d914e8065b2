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
    Long id;

    @Column(nullable = false)
    String language = "*";

    @Column(nullable = false)
    String word = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    WordAction action = WordAction.FLAG;

    @Nullable
    String message;

    @Column(name = "created_by", nullable = false)
    long createdBy;

    @Column(name = "created_at", nullable = false)
    Instant createdAt = Instant.EPOCH;

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
}
