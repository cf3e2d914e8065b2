package se.brobygge.insights.foryou;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.brobygge.employers.CardDraft;
import se.brobygge.employers.CardService;
import se.brobygge.identity.AccountProfile;
import se.brobygge.identity.AccountService;
import se.brobygge.mentoring.ProfileDraft;
import se.brobygge.mentoring.ProfileService;

/**
 * Gathers what a resident told Brobygge from the modules' own profiles: languages, area, occupation,
 * interests, times and what is sought. Never the mentoring profile's gender, age or origin.
 */
@Component
class SignalSources {

    private final AccountService accounts;
    private final ProfileService mentoring;
    private final CardService cards;

    SignalSources(AccountService accounts, ProfileService mentoring, CardService cards) {
        this.accounts = accounts;
        this.mentoring = mentoring;
        this.cards = cards;
    }

    /** What the person told the modules (their own profiles) and this page. */
    Signals signals(Answers answers) {
        AccountProfile base = accounts.myProfile();
        Set<String> languages = new LinkedHashSet<>(base.languagesSpoken());
        String area = base.area();
        Set<String> occupations = new LinkedHashSet<>();
        Set<Goal> goals = EnumSet.noneOf(Goal.class);
        goals.addAll(answers.goals());
        Set<Topic> topics = EnumSet.noneOf(Topic.class);
        topics.addAll(answers.topics());
        Set<Availability> availability = EnumSet.noneOf(Availability.class);
        availability.addAll(answers.availability());

        // the mentoring profile: only languages, area, occupation, interests, times and what is
        // sought; never its gender, age bands or the sensitive details kept beside it
        ProfileDraft profile = mentoring.myProfile().profile();
        languages.addAll(profile.languages().keySet());
        if (area == null) {
            area = profile.area();
        }
        if (profile.occupation() != null) {
            occupations.add(profile.occupation());
        }
        for (String interest : names(profile.interests())) {
            Topic topic = TOPIC_OF_INTEREST.get(interest);
            if (topic != null) {
                topics.add(topic);
            }
        }
        for (String sought : names(profile.seeking())) {
            switch (sought) {
                case "LANGUAGE" -> goals.add(Goal.LEARN_SWEDISH);
                case "SOCIAL" -> goals.add(Goal.MEET_PEOPLE);
                case "PROFESSION", "BUSINESS" -> goals.add(Goal.FIND_WORK);
                case "STUDIES" -> topics.add(Topic.STUDIES);
                default -> {}
            }
        }
        for (String time : names(profile.times())) {
            Arrays.stream(Availability.values())
                    .filter(a -> a.name().equals(time))
                    .forEach(availability::add);
        }

        // the presentation card of employer sessions
        cards.myCard().ifPresent(card -> addCard(card, languages, occupations));
        if (area == null) {
            area = cards.myCard().map(CardDraft::area).orElse(null);
        }
        languages.remove("sv");
        boolean toldLanguages = !languages.isEmpty();
        if (!"sv".equals(base.preferredLanguage())) {
            languages.add(base.preferredLanguage());
        }
        return new Signals(
                languages,
                toldLanguages,
                area == null || area.isBlank() ? null : area,
                occupations,
                goals,
                topics,
                availability,
                profile.asMentee(),
                profile.asMentor());
    }

    private static void addCard(CardDraft card, Set<String> languages, Set<String> occupations) {
        languages.addAll(card.languages());
        if (card.occupation() != null && !card.occupation().isBlank()) {
            occupations.add(card.occupation());
        }
    }

    /** Enum names without naming the enum types, which are the mentoring module's internals. */
    private static List<String> names(Collection<?> values) {
        return values.stream().map(String::valueOf).toList();
    }

    private static final Map<String, Topic> TOPIC_OF_INTEREST = Map.ofEntries(
            Map.entry("COOKING", Topic.SOCIAL),
            Map.entry("SPORTS", Topic.SPORT),
            Map.entry("OUTDOORS", Topic.SPORT),
            Map.entry("MUSIC", Topic.CULTURE),
            Map.entry("READING", Topic.CULTURE),
            Map.entry("ART", Topic.CULTURE),
            Map.entry("CRAFTS", Topic.CULTURE),
            Map.entry("FILM", Topic.CULTURE),
            Map.entry("TRAVEL", Topic.CULTURE),
            Map.entry("FAITH_AND_CULTURE", Topic.CULTURE),
            Map.entry("TECHNOLOGY", Topic.STUDIES),
            Map.entry("GAMES", Topic.SOCIAL),
            Map.entry("GARDENING", Topic.SOCIAL),
            Map.entry("VOLUNTEERING", Topic.SOCIAL),
            Map.entry("FAMILY_LIFE", Topic.FAMILY),
            Map.entry("ENTREPRENEURSHIP", Topic.WORK));
}
