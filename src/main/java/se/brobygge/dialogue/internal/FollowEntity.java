package se.brobygge.dialogue.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

@Entity
@Table(name = "dialogue_follow")
class FollowEntity {

    @Embeddable
    record Key(
            @Column(name = "dialogue_id") long dialogueId,
            @Column(name = "account_id") long accountId) implements Serializable {}

    @EmbeddedId
    private Key key = new Key(0, 0);

    protected FollowEntity() {}

    FollowEntity(long dialogueId, long accountId) {
        this.key = new Key(dialogueId, accountId);
    }
}
