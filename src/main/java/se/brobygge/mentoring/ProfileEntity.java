package se.brobygge.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "mentoring_profile")
class ProfileEntity {

    @Id
    @Column(name = "account_id")
    long accountId;

    @Column(name = "as_mentee", nullable = false)
    boolean asMentee;

    @Column(name = "as_mentor", nullable = false)
    boolean asMentor;

    @Column(nullable = false)
    String seeking = "";

    @Column(nullable = false)
    String offering = "";

    @Column(nullable = false)
    String languages = "";

    @Nullable
    String occupation;

    @Column(nullable = false)
    String interests = "";

    @Column(name = "free_tags", nullable = false)
    String freeTags = "";

    @Nullable
    String area;

    @Column(nullable = false)
    String times = "";

    @Column(nullable = false)
    String modes = "";

    @Column(name = "age_band")
    @Nullable
    String ageBand;

    @Column(nullable = false)
    String gender = "UNSTATED";

    @Column(name = "same_gender_only", nullable = false)
    boolean sameGenderOnly;

    @Column(name = "partner_min_age")
    @Nullable
    String partnerMinAge;

    @Column(name = "partner_max_age")
    @Nullable
    String partnerMaxAge;

    @Column(nullable = false)
    int capacity;

    @Column(nullable = false)
    String goals = "";

    @Column(name = "goals_hidden", nullable = false)
    boolean goalsHidden;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt = Instant.EPOCH;

    @Version
    @Nullable
    Long version;

    protected ProfileEntity() {}

    ProfileEntity(long accountId) {
        this.accountId = accountId;
    }
}
