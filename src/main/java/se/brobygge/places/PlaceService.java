package se.brobygge.places;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.Roles;
import se.brobygge.places.internal.PhotoRepository;
import se.brobygge.places.internal.PhotoRow;
import se.brobygge.places.internal.PlaceEntity;
import se.brobygge.places.internal.PlaceRepository;
import se.brobygge.shared.BrobyggeProperties;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.InvalidInputException.FieldError;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.TextTranslations;

/**
 * Meeting places. Anyone reads published places; staff create, edit, approve and reject; a
 * signed-in resident proposes a place and may edit the proposal until staff have decided.
 */
@Service
@PreAuthorize(Roles.HAS_STAFF_OR_ADMIN)
public class PlaceService {

    static final int NAME_MIN = 2;
    static final int NAME_MAX = 120;
    static final int DESCRIPTION_MAX = 4000;
    static final int ADDRESS_MAX = 200;
    static final int OPENING_HOURS_MAX = 500;
    static final int REASON_MAX = 500;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 \\-()]{4,24}$");
    // Sweden with a margin: a coordinate outside is a typo (swapped or missing digits)
    private static final double LAT_MIN = 55.0;
    private static final double LAT_MAX = 69.5;
    private static final double LON_MIN = 10.5;
    private static final double LON_MAX = 24.5;

    private final PlaceRepository places;
    private final PhotoRepository photos;
    private final CurrentUser currentUser;
    private final BrobyggeProperties properties;
    private final Clock clock;

    PlaceService(
            PlaceRepository places,
            PhotoRepository photos,
            CurrentUser currentUser,
            BrobyggeProperties properties,
            Clock clock) {
        this.places = places;
        this.photos = photos;
        this.currentUser = currentUser;
        this.properties = properties;
        this.clock = clock;
    }

    /** The municipality's areas, in the configured order. */
    @PreAuthorize("permitAll()")
    public List<String> areas() {
        return properties.municipality().areas();
    }

    /** Published places matching the filter, by name. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Place> published(PlaceFilter filter) {
        return withPhotos(places.search(
                PlaceStatus.PUBLISHED,
                blankToNull(filter.area()),
                filter.facts().contains(AccessibilityFact.STEP_FREE_ENTRANCE),
                filter.facts().contains(AccessibilityFact.HEARING_LOOP),
                filter.facts().contains(AccessibilityFact.ACCESSIBLE_TOILET)));
    }

    /** A place if the current user may see it: published, or staff, or its proposer. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Place> find(PlaceId id) {
        return places.findById(id.value())
                .filter(this::mayRead)
                .map(p -> withPhotos(List.of(p)).getFirst());
    }

    /** Every place in every status, for staff. */
    @Transactional(readOnly = true)
    public List<Place> all() {
        return withPhotos(places.findAllForStaff());
    }

    /** The signed-in user's own proposals, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Place> myProposals() {
        return withPhotos(places.findByProposer(currentUser.require().value()));
    }

    /** Staff add a place; it is published at once. */
    @Transactional
    public Place create(PlaceDetails details) {
        PlaceDetails clean = validate(details);
        PlaceEntity saved = places.save(new PlaceEntity(PlaceStatus.PUBLISHED, clean, null, clock.instant()));
        return saved.toRecord(List.of());
    }

    /** A resident (e.g. for an association) proposes a place; staff approve or reject it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Place propose(PlaceDetails details) {
        AccountId proposer = currentUser.require();
        PlaceDetails clean = validate(details);
        PlaceEntity saved =
                places.save(new PlaceEntity(PlaceStatus.PROPOSED, clean, proposer.value(), clock.instant()));
        return saved.toRecord(List.of());
    }

    /**
     * Saves an edit made on version {@code expectedVersion}. Staff may edit any place; the proposer
     * only their own proposal while it waits for a decision.
     *
     * @throws PlaceEditConflictException when someone else saved the place in between
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Place update(PlaceId id, long expectedVersion, PlaceDetails details) {
        PlaceEntity place = load(id);
        requireMayEdit(place);
        PlaceDetails clean = validate(details);
        checkVersion(place, expectedVersion);
        place.update(clean, clock.instant());
        return save(place);
    }

    @Transactional
    public Place approve(PlaceId id, long expectedVersion) {
        PlaceEntity place = load(id);
        checkVersion(place, expectedVersion);
        place.publish(clock.instant());
        return save(place);
    }

    @Transactional
    public Place reject(PlaceId id, long expectedVersion, String reason) {
        String clean = reason.strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException("reason", "places.error.reason.required");
        }
        if (clean.length() > REASON_MAX) {
            throw new InvalidInputException("reason", "places.error.reason.length");
        }
        PlaceEntity place = load(id);
        checkVersion(place, expectedVersion);
        place.reject(clean, clock.instant());
        return save(place);
    }

    @Transactional
    public void delete(PlaceId id) {
        places.delete(load(id));
    }

    /** Whether the current user may change this place and its photos now. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean mayEdit(PlaceId id) {
        return places.findById(id.value()).map(this::isEditableByCurrentUser).orElse(false);
    }

    private boolean isEditableByCurrentUser(PlaceEntity place) {
        if (isStaff()) {
            return true;
        }
        Long proposer = place.proposedBy();
        return place.status() == PlaceStatus.PROPOSED
                && proposer != null
                && currentUser.id().map(me -> me.value() == proposer).orElse(false);
    }

    private void requireMayEdit(PlaceEntity place) {
        if (!isEditableByCurrentUser(place)) {
            throw new AccessDeniedException("Not allowed to edit place " + place.placeId());
        }
    }

    private boolean mayRead(PlaceEntity place) {
        if (place.status() == PlaceStatus.PUBLISHED || isStaff()) {
            return true;
        }
        Long proposer = place.proposedBy();
        return proposer != null
                && currentUser.id().map(me -> me.value() == proposer).orElse(false);
    }

    private boolean isStaff() {
        return currentUser.hasRole(Roles.STAFF) || currentUser.hasRole(Roles.ADMIN);
    }

    private PlaceEntity load(PlaceId id) {
        return places.findById(id.value()).orElseThrow(() -> new IllegalArgumentException("No place " + id));
    }

    private static void checkVersion(PlaceEntity place, long expectedVersion) {
        if (place.version() != expectedVersion) {
            throw new PlaceEditConflictException(place.placeId());
        }
    }

    /** Flushes now, so that a concurrent save shows as a conflict here rather than at commit. */
    private Place save(PlaceEntity place) {
        try {
            PlaceEntity saved = places.saveAndFlush(place);
            return withPhotos(List.of(saved)).getFirst();
        } catch (OptimisticLockingFailureException e) {
            throw new PlaceEditConflictException(place.placeId());
        }
    }

    private List<Place> withPhotos(List<PlaceEntity> entities) {
        if (entities.isEmpty()) {
            return List.of();
        }
        Map<Long, List<PlacePhoto>> byPlace =
                photos.rowsOf(entities.stream().map(e -> e.placeId().value()).toList()).stream()
                        .collect(Collectors.groupingBy(
                                PhotoRow::placeId, Collectors.mapping(PlaceService::toPhoto, Collectors.toList())));
        return entities.stream()
                .map(e -> e.toRecord(byPlace.getOrDefault(e.placeId().value(), List.of())))
                .toList();
    }

    static PlacePhoto toPhoto(PhotoRow row) {
        return new PlacePhoto(row.id(), new PlaceId(row.placeId()), row.altText(), row.width(), row.height());
    }

    /** Trims the input and checks every rule; reports all broken rules at once. */
    PlaceDetails validate(PlaceDetails in) {
        List<FieldError> errors = new ArrayList<>();
        String name = in.name().strip();
        if (name.length() < NAME_MIN || name.length() > NAME_MAX) {
            errors.add(new FieldError("name", "places.error.name.length"));
        }
        String description = in.description().strip();
        if (description.length() > DESCRIPTION_MAX) {
            errors.add(new FieldError("description", "places.error.description.length"));
        }
        String address = in.streetAddress().strip();
        if (address.length() > ADDRESS_MAX) {
            errors.add(new FieldError("streetAddress", "places.error.address.length"));
        }
        String area = in.area().strip();
        if (!areas().contains(area)) {
            errors.add(new FieldError("area", "places.error.area"));
        }
        Double latitude = in.latitude();
        Double longitude = in.longitude();
        if ((latitude == null) != (longitude == null)) {
            errors.add(new FieldError(latitude == null ? "latitude" : "longitude", "places.error.coordinates.both"));
        } else if (latitude != null && longitude != null) {
            if (latitude.isNaN() || latitude < LAT_MIN || latitude > LAT_MAX) {
                errors.add(new FieldError("latitude", "places.error.latitude"));
            }
            if (longitude.isNaN() || longitude < LON_MIN || longitude > LON_MAX) {
                errors.add(new FieldError("longitude", "places.error.longitude"));
            }
        }
        String openingHours = in.openingHours().strip();
        if (openingHours.length() > OPENING_HOURS_MAX) {
            errors.add(new FieldError("openingHours", "places.error.openingHours.length"));
        }
        // other languages are optional, within the Swedish text's limit; given ones need the
        // Swedish original, which every reader without their language gets (decision 0050)
        Map<Language, String> descriptions = TextTranslations.cleaned(in.descriptionTranslations(), String::strip);
        Map<Language, String> hours = TextTranslations.cleaned(in.openingHoursTranslations(), String::strip);
        checkTranslations(
                errors, "description", description, descriptions, DESCRIPTION_MAX, "places.error.description.length");
        checkTranslations(
                errors, "openingHours", openingHours, hours, OPENING_HOURS_MAX, "places.error.openingHours.length");
        String email = blankToNull(in.contactEmail());
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            errors.add(new FieldError("contactEmail", "places.error.email"));
        }
        String phone = blankToNull(in.contactPhone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.add(new FieldError("contactPhone", "places.error.phone"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new PlaceDetails(
                name,
                description,
                address,
                area,
                latitude,
                longitude,
                openingHours,
                in.facts(),
                email,
                phone,
                descriptions,
                hours);
    }

    private static void checkTranslations(
            List<FieldError> errors,
            String field,
            String swedish,
            Map<Language, String> translations,
            int max,
            String tooLong) {
        if (swedish.isEmpty() && !translations.isEmpty()) {
            errors.add(new FieldError(field, "places.error.original"));
        }
        translations.forEach((language, text) -> {
            if (text.length() > max) {
                errors.add(new FieldError(field + "." + language.code(), tooLong));
            }
        });
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
