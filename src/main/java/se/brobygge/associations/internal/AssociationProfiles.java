package se.brobygge.associations.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import se.brobygge.associations.AssociationDraft;
import se.brobygge.associations.AssociationId;
import se.brobygge.associations.AssociationService;
import se.brobygge.associations.AssociationType;
import se.brobygge.identity.AccountId;
import se.brobygge.shared.BrobyggeProperties;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.InvalidInputException.FieldError;
import se.brobygge.shared.OrganisationNumber;
import se.brobygge.shared.content.ContentRef;
import se.brobygge.shared.content.ContentScreening;
import se.brobygge.shared.content.ContentSubmitted;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.TextTranslations;
import se.brobygge.shared.text.PlainText;

/**
 * An association's profile as its representatives write it: the rules a draft must follow, how it is
 * stored, and its screening and hand-over to moderation after each save.
 */
@Component
public class AssociationProfiles {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{5,20}$");
    private static final Pattern WEB_ADDRESS = Pattern.compile("^https?://[^\\s]+$");
    private static final Pattern LANGUAGE_CODE = Pattern.compile("^[a-z]{2,3}$");

    private final AssociationRepository associations;
    private final ObjectProvider<ContentScreening> screening;
    private final ApplicationEventPublisher publisher;
    private final BrobyggeProperties properties;
    private final Clock clock;

    AssociationProfiles(
            AssociationRepository associations,
            ObjectProvider<ContentScreening> screening,
            ApplicationEventPublisher publisher,
            BrobyggeProperties properties,
            Clock clock) {
        this.associations = associations;
        this.screening = screening;
        this.publisher = publisher;
        this.properties = properties;
        this.clock = clock;
    }

    /** Screens the saved profile (blocked text is refused, doubtful text hidden) and submits it to moderation. */
    public void screenAndSubmit(AssociationEntity entity, AccountId author) {
        String text = entity.name() + "\n\n" + entity.allDescriptions();
        ContentScreening screen = screening.getIfAvailable();
        if (screen != null) {
            ContentScreening.Verdict verdict = screen.screen(author.value(), text, null);
            if (verdict.outcome() == ContentScreening.Outcome.BLOCK) {
                throw new InvalidInputException("descriptions", "associations.validation.blocked");
            }
            if (verdict.outcome() == ContentScreening.Outcome.QUEUE) {
                entity.hideDescription("associations.moderation.pending");
            }
        }
        publisher.publishEvent(new ContentSubmitted(
                new ContentRef(AssociationService.MODULE, "profile", entity.id()),
                author.value(),
                text,
                entity.descriptionLanguage(),
                "/associations/" + entity.id(),
                clock.instant()));
    }

    /** Writes a validated draft into the entity. */
    public void describe(AssociationEntity entity, AssociationDraft d, String number) {
        entity.describe(
                PlainText.line(d.name()),
                number,
                d.type() == null ? AssociationType.OTHER : d.type(),
                d.description().strip(),
                d.languages(),
                d.areas(),
                blankToNull(d.contactEmail()),
                blankToNull(d.contactPhone()),
                blankToNull(d.website()),
                d.feeSek() == null || d.feeSek().signum() == 0 ? null : d.feeSek(),
                blankToNull(d.meetingTimes()),
                d.newcomerHelp());
        entity.translate(
                TextTranslations.cleaned(d.descriptionTranslations(), String::strip),
                TextTranslations.cleaned(d.meetingTimesTranslations(), PlainText::line));
    }

    /**
     * @param self the association being edited, null for a new one
     * @return the normalised organisation number
     * @throws InvalidInputException with every field error
     */
    public String validate(AssociationDraft d, @Nullable AssociationId self) {
        List<FieldError> errors = new ArrayList<>();
        String name = PlainText.line(d.name());
        if (name.length() < 2 || name.length() > 150) {
            errors.add(new FieldError("name", "associations.validation.name"));
        }
        Optional<String> number = OrganisationNumber.normalise(d.organisationNumber());
        if (number.isEmpty()) {
            errors.add(new FieldError("organisationNumber", "associations.validation.organisationNumber"));
        } else {
            associations
                    .findByOrganisationNumber(number.get())
                    .filter(other -> self == null || other.id() != self.value())
                    .ifPresent(other ->
                            errors.add(new FieldError("organisationNumber", "associations.validation.duplicate")));
        }
        if (d.type() == null) {
            errors.add(new FieldError("type", "associations.validation.required"));
        }
        // the Swedish description is required: every reader without their own language gets it;
        // the other languages are optional, within the same limit (fields "description.ar", ...)
        if (d.description().isBlank()) {
            errors.add(new FieldError("description", "associations.validation.descriptionSwedish"));
        } else if (d.description().strip().length() > 5000) {
            errors.add(new FieldError("description", "associations.validation.descriptionLength"));
        }
        d.descriptionTranslations().forEach((language, text) -> {
            if (text.strip().length() > 5000) {
                errors.add(
                        new FieldError("description." + language.code(), "associations.validation.descriptionLength"));
            }
        });
        if (d.languages().size() > 20
                || d.languages().stream()
                        .anyMatch(l -> !LANGUAGE_CODE.matcher(l).matches())) {
            errors.add(new FieldError("languages", "associations.validation.languages"));
        }
        Set<String> known = new HashSet<>(properties.municipality().areas());
        if (!known.containsAll(d.areas())) {
            errors.add(new FieldError("areas", "associations.validation.areas"));
        }
        String email = blankToNull(d.contactEmail());
        String phone = blankToNull(d.contactPhone());
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            errors.add(new FieldError("contactEmail", "associations.validation.email"));
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.add(new FieldError("contactPhone", "associations.validation.phone"));
        }
        if (email == null && phone == null) {
            errors.add(new FieldError("contactEmail", "associations.validation.contact"));
        }
        String web = blankToNull(d.website());
        if (web != null && (web.length() > 500 || !WEB_ADDRESS.matcher(web).matches())) {
            errors.add(new FieldError("website", "associations.validation.website"));
        }
        BigDecimal fee = d.feeSek();
        if (fee != null && (fee.signum() < 0 || fee.compareTo(BigDecimal.valueOf(100_000)) > 0)) {
            errors.add(new FieldError("feeSek", "associations.validation.fee"));
        }
        if (d.meetingTimes() != null && d.meetingTimes().length() > 500) {
            errors.add(new FieldError("meetingTimes", "associations.validation.meetingTimes"));
        }
        Map<Language, String> meetingTimes = TextTranslations.cleaned(d.meetingTimesTranslations(), String::strip);
        meetingTimes.forEach((language, text) -> {
            if (text.length() > 500) {
                errors.add(new FieldError("meetingTimes." + language.code(), "associations.validation.meetingTimes"));
            }
        });
        if (blankToNull(d.meetingTimes()) == null && !meetingTimes.isEmpty()) {
            errors.add(new FieldError("meetingTimes", "associations.validation.original"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return number.orElseThrow();
    }

    public static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
