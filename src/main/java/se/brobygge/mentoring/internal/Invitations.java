package se.brobygge.mentoring.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.Recipients;
import se.brobygge.mentoring.Criterion;
import se.brobygge.mentoring.RoundId;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.LanguageNames;
import se.brobygge.shared.i18n.ListText;
import se.brobygge.shared.i18n.TranslationProvider;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.shared.notify.NotificationRequested;

/**
 * Turns a confirmed round's chosen pairs into invitations to both people, all or nothing: when a
 * mentee is already taken or a mentor has no place left, nothing is saved. Called by the (staff
 * only) round confirmation inside its transaction.
 */
@Component
public class Invitations {

    private final MentorshipRepository mentorships;
    private final ProfileRepository profiles;
    private final Recipients recipients;
    private final TranslationProvider translations;
    private final ApplicationEventPublisher publisher;

    Invitations(
            MentorshipRepository mentorships,
            ProfileRepository profiles,
            Recipients recipients,
            TranslationProvider translations,
            ApplicationEventPublisher publisher) {
        this.mentorships = mentorships;
        this.profiles = profiles;
        this.recipients = recipients;
        this.translations = translations;
        this.publisher = publisher;
    }

    /** @throws InvalidInputException "round" with "mentoring.round.confirmConflict" */
    @Transactional(propagation = Propagation.MANDATORY)
    public void invite(
            RoundId round, List<ProposalEntity> chosen, AccountId coordinator, Instant now, Instant expiresAt) {
        List<MentorshipEntity> open = mentorships.withStatus(MentorshipRepository.OPEN);
        Set<Long> takenMentees = new HashSet<>();
        open.forEach(m -> takenMentees.add(m.menteeId()));
        List<MentorshipEntity> created = new ArrayList<>();
        for (ProposalEntity p : chosen) {
            ProfileEntity mentor = profiles.findById(p.mentorId()).orElse(null);
            long mentorLoad = open.stream()
                            .filter(m -> m.mentorId() == p.mentorId())
                            .count()
                    + created.stream().filter(m -> m.mentorId() == p.mentorId()).count();
            if (!takenMentees.add(p.menteeId())
                    || mentor == null
                    || !mentor.asMentor()
                    || mentorLoad >= mentor.capacity()) {
                throw new InvalidInputException("round", "mentoring.round.confirmConflict");
            }
            List<Criterion> criteria = p.explanation();
            created.add(mentorships.save(new MentorshipEntity(
                    round,
                    p.menteeId(),
                    p.mentorId(),
                    coordinator.value(),
                    now,
                    expiresAt,
                    p.storedExplanation(),
                    argsOf(criteria, Criterion.Kind.SHARED_LANGUAGES),
                    argsOf(criteria, Criterion.Kind.SHARED_INTERESTS))));
        }
        mentorships.flush();
        Map<AccountId, String> names = recipients.displayNames(created.stream()
                .flatMap(m -> Stream.of(new AccountId(m.menteeId()), new AccountId(m.mentorId())))
                .toList());
        for (MentorshipEntity m : created) {
            invitation(m, m.menteeId(), FirstName.of(names.getOrDefault(new AccountId(m.mentorId()), "")));
            invitation(m, m.mentorId(), FirstName.of(names.getOrDefault(new AccountId(m.menteeId()), "")));
        }
    }

    private void invitation(MentorshipEntity m, long recipient, String partnerFirstName) {
        Locale locale = localeOf(recipient);
        publisher.publishEvent(new NotificationRequested(
                recipient,
                NotificationKind.MENTORING,
                "mentoring-invitation-" + m.id() + "-" + recipient,
                "mentoring.notify.invitation.subject",
                "mentoring.notify.invitation.body",
                List.of(
                        partnerFirstName,
                        ListText.of(
                                m.sharedLanguages().stream()
                                        .map(c -> LanguageNames.of(c, locale))
                                        .toList(),
                                locale),
                        ListText.of(
                                m.sharedInterests().stream()
                                        .map(n -> translations.getTranslation("mentoring.interest." + n, locale))
                                        .toList(),
                                locale)),
                m.expiresAt(),
                "/mentoring"));
    }

    private Locale localeOf(long accountId) {
        return recipients
                .of(new AccountId(accountId))
                .map(r -> Locale.forLanguageTag(r.language()))
                .orElse(Locale.forLanguageTag("sv"));
    }

    private static List<String> argsOf(List<Criterion> criteria, Criterion.Kind kind) {
        return criteria.stream()
                .filter(c -> c.kind() == kind)
                .findFirst()
                .map(Criterion::args)
                .orElse(List.of());
    }
}
