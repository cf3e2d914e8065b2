package se.brobygge.mentoring.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.brobygge.mentoring.AgeBand;
import se.brobygge.mentoring.Gender;
import se.brobygge.mentoring.Interest;
import se.brobygge.mentoring.LanguageLevel;
import se.brobygge.mentoring.MeetingMode;
import se.brobygge.mentoring.MentoringKind;
import se.brobygge.mentoring.ProfileDraft;
import se.brobygge.mentoring.TimeSlot;

/** A resident's mentoring profile; its sets and maps are stored as text in single columns. */
@Entity
@Table(name = "mentoring_profile")
public class ProfileEntity {

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Column(name = "as_mentee", nullable = false)
    private boolean asMentee;

    @Column(name = "as_mentor", nullable = false)
    private boolean asMentor;

    @Column(nullable = false)
    private String seeking = "";

    @Column(nullable = false)
    private String offering = "";

    @Column(nullable = false)
    private String languages = "";

    private @Nullable String occupation;

    @Column(nullable = false)
    private String interests = "";

    @Column(name = "free_tags", nullable = false)
    private String freeTags = "";

    private @Nullable String area;

    @Column(nullable = false)
    private String times = "";

    @Column(nullable = false)
    private String modes = "";

    @Column(name = "age_band")
    private @Nullable String ageBand;

    @Column(nullable = false)
    private String gender = "UNSTATED";

    @Column(name = "same_gender_only", nullable = false)
    private boolean sameGenderOnly;

    @Column(name = "partner_min_age")
    private @Nullable String partnerMinAge;

    @Column(name = "partner_max_age")
    private @Nullable String partnerMaxAge;

    @Column(nullable = false)
    private int capacity;

    @Column(nullable = false)
    private String goals = "";

    @Column(name = "goals_hidden", nullable = false)
    private boolean goalsHidden;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Version
    private @Nullable Long version;

    protected ProfileEntity() {}

    public ProfileEntity(long accountId) {
        this.accountId = accountId;
    }

    /** Takes over a (validated) draft; changed goals are shown again until moderation decides otherwise. */
    public void update(ProfileDraft d, Instant now) {
        String newGoals = d.goals().strip();
        if (!newGoals.equals(goals)) {
            goalsHidden = false;
        }
        asMentee = d.asMentee();
        asMentor = d.asMentor();
        seeking = Codec.enums(d.seeking());
        offering = Codec.enums(d.offering());
        languages = Codec.languages(d.languages());
        occupation = d.occupation();
        interests = Codec.enums(d.interests());
        freeTags = d.freeTags().strip();
        area = d.area();
        times = Codec.enums(d.times());
        modes = Codec.enums(d.modes());
        ageBand = Codec.nullableName(d.ageBand());
        gender = d.gender().name();
        sameGenderOnly = d.sameGenderOnly();
        partnerMinAge = Codec.nullableName(d.partnerMinAge());
        partnerMaxAge = Codec.nullableName(d.partnerMaxAge());
        capacity = d.asMentor() ? d.capacity() : Math.max(d.capacity(), 1);
        goals = newGoals;
        updatedAt = now;
    }

    public ProfileDraft toDraft() {
        return new ProfileDraft(
                asMentee,
                asMentor,
                Codec.enums(seeking, MentoringKind.class),
                Codec.enums(offering, MentoringKind.class),
                Codec.languages(languages, LanguageLevel.class),
                occupation,
                Codec.enums(interests, Interest.class),
                freeTags,
                area,
                Codec.enums(times, TimeSlot.class),
                Codec.enums(modes, MeetingMode.class),
                Codec.nullableEnum(ageBand, AgeBand.class),
                Gender.valueOf(gender),
                sameGenderOnly,
                Codec.nullableEnum(partnerMinAge, AgeBand.class),
                Codec.nullableEnum(partnerMaxAge, AgeBand.class),
                capacity,
                goals);
    }

    void hideGoals() {
        goalsHidden = true;
    }

    void restoreGoals() {
        goalsHidden = false;
    }

    public long accountId() {
        return accountId;
    }

    public @Nullable Long version() {
        return version;
    }

    public String goals() {
        return goals;
    }

    public boolean goalsHidden() {
        return goalsHidden;
    }

    public boolean asMentor() {
        return asMentor;
    }

    public int capacity() {
        return capacity;
    }

    public Set<String> languageCodes() {
        return Codec.languages(languages, LanguageLevel.class).keySet();
    }
}
