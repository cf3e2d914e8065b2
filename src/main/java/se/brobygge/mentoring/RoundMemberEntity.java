package se.brobygge.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

@Entity
@Table(name = "mentoring_round_member")
@IdClass(RoundMemberEntity.Key.class)
class RoundMemberEntity {

    record Key(long roundId, long accountId, boolean mentee) implements Serializable {
        Key() {
            this(0, 0, false);
        }
    }

    @Id
    @Column(name = "round_id")
    long roundId;

    @Id
    @Column(name = "account_id")
    long accountId;

    @Id
    boolean mentee;

    protected RoundMemberEntity() {}

    RoundMemberEntity(long roundId, long accountId, boolean mentee) {
        this.roundId = roundId;
        this.accountId = accountId;
        this.mentee = mentee;
    }
}
