package se.brobygge.dialogue.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

@Entity
@Table(name = "dialogue_reaction")
class ReactionEntity {

    @Embeddable
    record Key(
            @Column(name = "post_id") long postId,
            @Column(name = "account_id") long accountId,
            @Column(name = "kind") String kind)
            implements Serializable {}

    @EmbeddedId
    private Key key = new Key(0, 0, "");

    protected ReactionEntity() {}

    ReactionEntity(long postId, long accountId, String kind) {
        this.key = new Key(postId, accountId, kind);
    }

    Key key() {
        return key;
    }
}
