package se.brobygge.mentoring.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import se.brobygge.mentoring.RoundId;

/** A person put into a round, as mentee or as mentor. */
@Entity
@Table(name = "mentoring_round_member")
@IdClass(RoundMemberEntity.Key.class)
public class RoundMemberEntity {

    public record Key(long roundId, long accountId, boolean mentee) implements Serializable {
        Key() {
            this(0, 0, false);
        }
    }

    @Id
    @Column(name = "round_id")
    private long roundId;

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Id
    private boolean mentee;

    protected RoundMemberEntity() {}

    public RoundMemberEntity(RoundId round, long accountId, boolean mentee) {
        this.roundId = round.value();
        this.accountId = accountId;
        this.mentee = mentee;
    }

    public long accountId() {
        return accountId;
    }

    public boolean mentee() {
        return mentee;
    }
}
