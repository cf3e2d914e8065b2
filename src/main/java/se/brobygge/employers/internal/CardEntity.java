package se.brobygge.employers.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.brobygge.employers.CardDraft;
import se.brobygge.employers.LanguageLevel;

@Entity
@Table(name = "employers_card")
public class CardEntity {

    @Id
    @Column(name = "account_id")
    private long accountId;

    private String presentation = "";
    private String seeks = "";
    private String offers = "";
    private String languages = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "swedish_level")
    private LanguageLevel swedishLevel = LanguageLevel.NONE;

    private @Nullable String occupation;
    private @Nullable String area;
    private String skills = "";

    @Column(name = "visible_to_participants")
    private boolean visibleToParticipants;

    private boolean suggestible;

    @Column(name = "employers_see_skills")
    private boolean employersSeeSkills;

    @Column(name = "employers_see_languages")
    private boolean employersSeeLanguages;

    @Column(name = "employers_see_area")
    private boolean employersSeeArea;

    @Column(name = "employers_see_occupation")
    private boolean employersSeeOccupation;

    @Column(name = "hidden_reason")
    private @Nullable String hiddenReason;

    @Column(name = "updated_at")
    private Instant updatedAt = Instant.EPOCH;

    @Version
    private long version;

    protected CardEntity() {}

    public CardEntity(long accountId) {
        this.accountId = accountId;
    }

    public void fill(CardDraft d, Instant at) {
        presentation = d.presentation().strip();
        seeks = d.seeks().strip();
        offers = d.offers().strip();
        languages = d.languages().stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .sorted()
                .collect(Collectors.joining(","));
        swedishLevel = d.swedishLevel();
        occupation = blank(d.occupation());
        area = blank(d.area());
        skills = d.skills().strip();
        visibleToParticipants = d.visibleToParticipants();
        suggestible = d.suggestible();
        employersSeeSkills = d.employersSeeSkills();
        employersSeeLanguages = d.employersSeeLanguages();
        employersSeeArea = d.employersSeeArea();
        employersSeeOccupation = d.employersSeeOccupation();
        updatedAt = at;
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public long accountId() {
        return accountId;
    }

    public String presentation() {
        return presentation;
    }

    public String seeks() {
        return seeks;
    }

    public String offers() {
        return offers;
    }

    public Set<String> languages() {
        return languages.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(languages.split(",")));
    }

    public LanguageLevel swedishLevel() {
        return swedishLevel;
    }

    public @Nullable String occupation() {
        return occupation;
    }

    public @Nullable String area() {
        return area;
    }

    public String skills() {
        return skills;
    }

    public boolean visibleToParticipants() {
        return visibleToParticipants;
    }

    public boolean suggestible() {
        return suggestible;
    }

    public boolean employersSeeSkills() {
        return employersSeeSkills;
    }

    public boolean employersSeeLanguages() {
        return employersSeeLanguages;
    }

    public boolean employersSeeArea() {
        return employersSeeArea;
    }

    public boolean employersSeeOccupation() {
        return employersSeeOccupation;
    }

    public boolean hidden() {
        return hiddenReason != null;
    }

    public void hide(String reason) {
        hiddenReason = reason;
    }

    public void restore() {
        hiddenReason = null;
    }

    public CardDraft toDraft() {
        return CardDraft.builder()
                .presentation(presentation)
                .seeks(seeks)
                .offers(offers)
                .languages(languages())
                .swedishLevel(swedishLevel)
                .occupation(occupation)
                .area(area)
                .skills(skills)
                .visibleToParticipants(visibleToParticipants)
                .suggestible(suggestible)
                .employersSeeSkills(employersSeeSkills)
                .employersSeeLanguages(employersSeeLanguages)
                .employersSeeArea(employersSeeArea)
                .employersSeeOccupation(employersSeeOccupation)
                .build();
    }

    /** The text moderation sees. */
    public String text() {
        return String.join("\n\n", presentation, seeks, offers, skills).strip();
    }
}
