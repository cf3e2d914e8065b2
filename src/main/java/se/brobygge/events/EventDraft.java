package se.brobygge.events;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.brobygge.places.PlaceId;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.MultilingualText;

/**
 * What an organiser fills in. Times are local times in the municipality (Europe/Stockholm). Built
 * with {@link #builder()} (or {@link #toBuilder()} for a changed copy), so every call site names
 * what it sets.
 *
 * @param capacity  seats, or null for unlimited
 * @param costSek   the price in kronor, or null when free
 * @param quotas    seats kept for groups (reserved seats per audience, or hard quotas per role)
 * @param approvalRequired  sign-ups wait for the organiser's approval
 * @param questions short questions asked at sign-up (at most 3), e.g. "Do you need an interpreter?"
 * @param onBehalfOf the association or employer organising it, or null for the municipality
 * @param companionsMax how many adults and children together one sign-up may bring; 0: none
 * @param titleTranslations the title in other languages than Swedish (optional)
 * @param descriptionTranslations the description in other languages than Swedish (optional)
 */
public record EventDraft(
        String title,
        String description,
        @Nullable PlaceId placeId,
        @Nullable String onlineUrl,
        @Nullable LocalDateTime startsAt,
        @Nullable LocalDateTime endsAt,
        @Nullable Category category,
        @Nullable Audience audience,
        Set<String> languages,
        boolean childFriendly,
        @Nullable BigDecimal costSek,
        @Nullable Integer capacity,
        @Nullable LocalDateTime signupDeadline,
        List<SeatQuota> quotas,
        boolean approvalRequired,
        List<String> questions,
        @Nullable OnBehalfOf onBehalfOf,
        int companionsMax,
        Map<Language, String> titleTranslations,
        Map<Language, String> descriptionTranslations) {

    public EventDraft {
        titleTranslations = Map.copyOf(titleTranslations);
        descriptionTranslations = Map.copyOf(descriptionTranslations);
        languages = Set.copyOf(languages);
        quotas = List.copyOf(quotas);
        questions = List.copyOf(questions);
    }

    /** The title in every language given, Swedish the original. */
    public MultilingualText titles() {
        return MultilingualText.swedish(title, titleTranslations);
    }

    /** The description in every language given, Swedish the original. */
    public MultilingualText descriptions() {
        return MultilingualText.swedish(description, descriptionTranslations);
    }

    /**
     * An empty draft to fill in: no place, times or settings, no quotas, approval or questions,
     * organised by the municipality.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this draft's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder()
                .title(title)
                .description(description)
                .placeId(placeId)
                .onlineUrl(onlineUrl)
                .startsAt(startsAt)
                .endsAt(endsAt)
                .category(category)
                .audience(audience)
                .languages(languages)
                .childFriendly(childFriendly)
                .costSek(costSek)
                .capacity(capacity)
                .signupDeadline(signupDeadline)
                .quotas(quotas)
                .approvalRequired(approvalRequired)
                .questions(questions)
                .onBehalfOf(onBehalfOf)
                .companionsMax(companionsMax)
                .titleTranslations(titleTranslations)
                .descriptionTranslations(descriptionTranslations);
    }

    /** The same event at another time (an occurrence of a series). */
    public EventDraft at(LocalDateTime start, LocalDateTime end, @Nullable LocalDateTime deadline) {
        return toBuilder().startsAt(start).endsAt(end).signupDeadline(deadline).build();
    }

    /** Sets a draft's values by name; what is not set stays empty (or false, or the municipality). */
    public static final class Builder {
        private String title = "";
        private String description = "";
        private @Nullable PlaceId placeId;
        private @Nullable String onlineUrl;
        private @Nullable LocalDateTime startsAt;
        private @Nullable LocalDateTime endsAt;
        private @Nullable Category category;
        private @Nullable Audience audience;
        private Set<String> languages = Set.of();
        private boolean childFriendly;
        private @Nullable BigDecimal costSek;
        private @Nullable Integer capacity;
        private @Nullable LocalDateTime signupDeadline;
        private List<SeatQuota> quotas = List.of();
        private boolean approvalRequired;
        private List<String> questions = List.of();
        private @Nullable OnBehalfOf onBehalfOf;
        private int companionsMax;
        private Map<Language, String> titleTranslations = Map.of();
        private Map<Language, String> descriptionTranslations = Map.of();

        private Builder() {}

        /** The title in other languages than Swedish. */
        public Builder titleTranslations(Map<Language, String> titleTranslations) {
            this.titleTranslations = titleTranslations;
            return this;
        }

        /** The description in other languages than Swedish. */
        public Builder descriptionTranslations(Map<Language, String> descriptionTranslations) {
            this.descriptionTranslations = descriptionTranslations;
            return this;
        }

        /** The Swedish title and its translations. */
        public Builder titles(MultilingualText titles) {
            return title(titles.texts().getOrDefault(Language.SWEDISH, "")).titleTranslations(titles.translations());
        }

        /** The Swedish description and its translations. */
        public Builder descriptions(MultilingualText descriptions) {
            return description(descriptions.texts().getOrDefault(Language.SWEDISH, ""))
                    .descriptionTranslations(descriptions.translations());
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder placeId(@Nullable PlaceId placeId) {
            this.placeId = placeId;
            return this;
        }

        public Builder onlineUrl(@Nullable String onlineUrl) {
            this.onlineUrl = onlineUrl;
            return this;
        }

        public Builder startsAt(@Nullable LocalDateTime startsAt) {
            this.startsAt = startsAt;
            return this;
        }

        public Builder endsAt(@Nullable LocalDateTime endsAt) {
            this.endsAt = endsAt;
            return this;
        }

        public Builder category(@Nullable Category category) {
            this.category = category;
            return this;
        }

        public Builder audience(@Nullable Audience audience) {
            this.audience = audience;
            return this;
        }

        public Builder languages(Set<String> languages) {
            this.languages = languages;
            return this;
        }

        public Builder childFriendly(boolean childFriendly) {
            this.childFriendly = childFriendly;
            return this;
        }

        public Builder costSek(@Nullable BigDecimal costSek) {
            this.costSek = costSek;
            return this;
        }

        public Builder capacity(@Nullable Integer capacity) {
            this.capacity = capacity;
            return this;
        }

        public Builder signupDeadline(@Nullable LocalDateTime signupDeadline) {
            this.signupDeadline = signupDeadline;
            return this;
        }

        public Builder quotas(List<SeatQuota> quotas) {
            this.quotas = quotas;
            return this;
        }

        public Builder approvalRequired(boolean approvalRequired) {
            this.approvalRequired = approvalRequired;
            return this;
        }

        public Builder questions(List<String> questions) {
            this.questions = questions;
            return this;
        }

        public Builder onBehalfOf(@Nullable OnBehalfOf onBehalfOf) {
            this.onBehalfOf = onBehalfOf;
            return this;
        }

        public Builder companionsMax(int companionsMax) {
            this.companionsMax = companionsMax;
            return this;
        }

        public EventDraft build() {
            return new EventDraft(
                    title,
                    description,
                    placeId,
                    onlineUrl,
                    startsAt,
                    endsAt,
                    category,
                    audience,
                    languages,
                    childFriendly,
                    costSek,
                    capacity,
                    signupDeadline,
                    quotas,
                    approvalRequired,
                    questions,
                    onBehalfOf,
                    companionsMax,
                    titleTranslations,
                    descriptionTranslations);
        }
    }
}
