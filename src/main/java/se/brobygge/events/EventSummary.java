package se.brobygge.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.brobygge.places.PlaceId;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.MultilingualText;

/**
 * An event as lists and pages show it. Built with {@link #builder()}, naming what is set.
 * {@code title} and {@code description} are the Swedish originals; a reader's language is in
 * {@link #titles()} and {@link #descriptions()}.
 *
 * @param titleTranslations       the title in other languages the organiser gave
 * @param descriptionTranslations the description in other languages the organiser gave
 */
public record EventSummary(
        EventId id,
        String title,
        String description,
        Instant startsAt,
        Instant endsAt,
        @Nullable PlaceId placeId,
        @Nullable String onlineUrl,
        Category category,
        Audience audience,
        Set<String> languages,
        boolean childFriendly,
        @Nullable BigDecimal costSek,
        @Nullable Integer capacity,
        int confirmed,
        @Nullable Instant signupDeadline,
        EventStatus status,
        String organiserName,
        @Nullable SeriesId seriesId,
        boolean approvalRequired,
        Map<Language, String> titleTranslations,
        Map<Language, String> descriptionTranslations) {

    public EventSummary {
        titleTranslations = Map.copyOf(titleTranslations);
        descriptionTranslations = Map.copyOf(descriptionTranslations);
    }

    /** The title in every language given, Swedish the original. */
    public MultilingualText titles() {
        return MultilingualText.swedish(title, titleTranslations);
    }

    /** The description in every language given, Swedish the original. */
    public MultilingualText descriptions() {
        return MultilingualText.swedish(description, descriptionTranslations);
    }

    public boolean free() {
        return costSek == null || costSek.signum() == 0;
    }

    /** Seats left, or null when the event has no limit. */
    public @Nullable Integer seatsLeft() {
        return capacity == null ? null : Math.max(0, capacity - confirmed);
    }

    /** Id, times, category and audience must be set; the rest may stay empty, zero or false. */
    public static Builder builder() {
        return new Builder();
    }

    /** Sets a summary's values by name. */
    public static final class Builder {
        private @Nullable EventId id;
        private String title = "";
        private String description = "";
        private @Nullable Instant startsAt;
        private @Nullable Instant endsAt;
        private @Nullable PlaceId placeId;
        private @Nullable String onlineUrl;
        private @Nullable Category category;
        private @Nullable Audience audience;
        private Set<String> languages = Set.of();
        private boolean childFriendly;
        private @Nullable BigDecimal costSek;
        private @Nullable Integer capacity;
        private int confirmed;
        private @Nullable Instant signupDeadline;
        private EventStatus status = EventStatus.PUBLISHED;
        private String organiserName = "";
        private @Nullable SeriesId seriesId;
        private boolean approvalRequired;
        private Map<Language, String> titleTranslations = Map.of();
        private Map<Language, String> descriptionTranslations = Map.of();

        private Builder() {}

        /** The Swedish title and its translations. */
        public Builder titles(MultilingualText titles) {
            this.title = titles.texts().getOrDefault(Language.SWEDISH, "");
            this.titleTranslations = titles.translations();
            return this;
        }

        /** The Swedish description and its translations. */
        public Builder descriptions(MultilingualText descriptions) {
            this.description = descriptions.texts().getOrDefault(Language.SWEDISH, "");
            this.descriptionTranslations = descriptions.translations();
            return this;
        }

        public Builder id(EventId id) {
            this.id = id;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder startsAt(Instant startsAt) {
            this.startsAt = startsAt;
            return this;
        }

        public Builder endsAt(Instant endsAt) {
            this.endsAt = endsAt;
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

        public Builder category(Category category) {
            this.category = category;
            return this;
        }

        public Builder audience(Audience audience) {
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

        public Builder confirmed(int confirmed) {
            this.confirmed = confirmed;
            return this;
        }

        public Builder signupDeadline(@Nullable Instant signupDeadline) {
            this.signupDeadline = signupDeadline;
            return this;
        }

        public Builder status(EventStatus status) {
            this.status = status;
            return this;
        }

        public Builder organiserName(String organiserName) {
            this.organiserName = organiserName;
            return this;
        }

        public Builder seriesId(@Nullable SeriesId seriesId) {
            this.seriesId = seriesId;
            return this;
        }

        public Builder approvalRequired(boolean approvalRequired) {
            this.approvalRequired = approvalRequired;
            return this;
        }

        public EventSummary build() {
            return new EventSummary(
                    Objects.requireNonNull(id, "id"),
                    title,
                    description,
                    Objects.requireNonNull(startsAt, "startsAt"),
                    Objects.requireNonNull(endsAt, "endsAt"),
                    placeId,
                    onlineUrl,
                    Objects.requireNonNull(category, "category"),
                    Objects.requireNonNull(audience, "audience"),
                    languages,
                    childFriendly,
                    costSek,
                    capacity,
                    confirmed,
                    signupDeadline,
                    status,
                    organiserName,
                    seriesId,
                    approvalRequired,
                    titleTranslations,
                    descriptionTranslations);
        }
    }
}
