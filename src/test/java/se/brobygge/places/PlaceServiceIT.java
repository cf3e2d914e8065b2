package se.brobygge.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.brobygge.places.PlaceTestData.details;
import static se.brobygge.places.PlaceTestData.signIn;
import static se.brobygge.places.PlaceTestData.uniqueName;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import se.brobygge.identity.Roles;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.TestAccounts;

/** Who may do what with meeting places, what input is refused, and that no edit is lost. */
@IntegrationTest
class PlaceServiceIT {

    @Autowired
    PlaceService places;

    @Autowired
    TestAccounts accounts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private TestAccounts.Created staff() {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        signIn(lina, Roles.STAFF);
        return lina;
    }

    @Test
    void anonymousVisitorsReadPublishedPlacesButCannotProposeOrCreate() {
        staff();
        Place published = places.create(details(uniqueName("Biblioteket"), "Centrum"));
        signOut();

        assertThat(places.published(PlaceFilter.ALL)).extracting(Place::name).contains(published.name());
        assertThat(places.find(published.id())).isPresent();
        assertThatThrownBy(() -> places.propose(details(uniqueName("Förslag"), "Norrby")))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> places.create(details(uniqueName("Skapad"), "Norrby")))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void aResidentProposesAndStaffApprove() {
        TestAccounts.Created sara = accounts.create("Sara", Roles.RESIDENT, Roles.ASSOCIATION_REP);
        signIn(sara, Roles.RESIDENT, Roles.ASSOCIATION_REP);
        Place proposal = places.propose(details(uniqueName("Föreningslokalen"), "Lillån"));
        assertThat(proposal.status()).isEqualTo(PlaceStatus.PROPOSED);
        assertThat(proposal.proposedBy()).isEqualTo(sara.id());
        assertThat(places.myProposals()).extracting(Place::id).contains(proposal.id());
        assertThat(places.find(proposal.id()))
                .as("the proposer sees the proposal")
                .isPresent();
        assertThat(places.published(PlaceFilter.ALL)).extracting(Place::id).doesNotContain(proposal.id());

        signOut();
        assertThat(places.find(proposal.id())).as("a proposal is not public").isEmpty();

        staff();
        Place approved = places.approve(proposal.id(), proposal.version());
        assertThat(approved.status()).isEqualTo(PlaceStatus.PUBLISHED);
        signOut();
        assertThat(places.published(PlaceFilter.ALL)).extracting(Place::id).contains(proposal.id());
    }

    @Test
    void aResidentCannotEditOrDecideAndTheProposerCannotEditAfterApproval() {
        TestAccounts.Created sara = accounts.create("Sara", Roles.RESIDENT);
        signIn(sara, Roles.RESIDENT);
        Place proposal = places.propose(details(uniqueName("Samlingssalen"), "Norrby"));
        Place edited =
                places.update(proposal.id(), proposal.version(), details(proposal.name() + " (ändrad)", "Norrby"));
        assertThat(edited.name()).endsWith("(ändrad)");
        assertThatThrownBy(() -> places.approve(edited.id(), edited.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> places.all()).isInstanceOf(AccessDeniedException.class);

        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        signIn(erik, Roles.RESIDENT);
        assertThatThrownBy(() -> places.update(edited.id(), edited.version(), details("Kapad", "Norrby")))
                .as("another resident")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> places.reject(edited.id(), edited.version(), "nej"))
                .isInstanceOf(AccessDeniedException.class);

        staff();
        Place approved = places.approve(edited.id(), edited.version());

        signIn(sara, Roles.RESIDENT);
        assertThatThrownBy(() -> places.update(approved.id(), approved.version(), details("Ändrad igen", "Norrby")))
                .as("the proposer after approval")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(places.mayEdit(approved.id())).isFalse();
    }

    @Test
    void rejectingNeedsAReasonThatTheProposerSees() {
        TestAccounts.Created sara = accounts.create("Sara", Roles.RESIDENT);
        signIn(sara, Roles.RESIDENT);
        Place proposal = places.propose(details(uniqueName("Källaren"), "Ekbacken"));
        staff();
        assertThatThrownBy(() -> places.reject(proposal.id(), proposal.version(), "  "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .containsExactly(new InvalidInputException.FieldError(
                                        "reason", "places.error.reason.required")));
        places.reject(proposal.id(), proposal.version(), "Lokalen är inte tillgänglig för allmänheten.");
        signIn(sara, Roles.RESIDENT);
        Place rejected = places.find(proposal.id()).orElseThrow();
        assertThat(rejected.status()).isEqualTo(PlaceStatus.REJECTED);
        assertThat(rejected.rejectionReason()).isEqualTo("Lokalen är inte tillgänglig för allmänheten.");
        assertThat(places.mayEdit(rejected.id())).isFalse();
    }

    @Test
    void badInputGivesFieldErrorsAndSavesNothing() {
        staff();
        int before = places.all().size();
        PlaceDetails bad = new PlaceDetails(
                "X", "", "", "Atlantis", 95.0, 13.0, "x".repeat(501), Set.of(), "inte-en-adress", "ring mig");
        assertThatThrownBy(() -> places.create(bad))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactlyInAnyOrder(
                                        "name", "area", "latitude", "openingHours", "contactEmail", "contactPhone"));
        PlaceDetails halfCoordinates =
                new PlaceDetails("Halva koordinater", "", "", "Centrum", 55.6, null, "", Set.of(), null, null);
        assertThatThrownBy(() -> places.create(halfCoordinates))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .containsExactly(new InvalidInputException.FieldError(
                                        "longitude", "places.error.coordinates.both")));
        assertThat(places.all()).hasSize(before);
    }

    @Test
    void optionalContactAndCoordinatesMayBeLeftOutAndTextIsTrimmed() {
        staff();
        Place place = places.create(new PlaceDetails(
                "  " + uniqueName("Parken") + "  ", "", "", "Söderdal", null, null, "", Set.of(), " ", ""));
        assertThat(place.name()).doesNotStartWith(" ").doesNotEndWith(" ");
        assertThat(place.details().contactEmail()).isNull();
        assertThat(place.details().contactPhone()).isNull();
        assertThat(place.hasCoordinates()).isFalse();
    }

    @Test
    void publishedPlacesAreFilteredByAreaAndAccessibilityFacts() {
        staff();
        String tag = uniqueName("Filter");
        places.create(new PlaceDetails(
                tag + " A",
                "",
                "",
                "Lillån",
                null,
                null,
                "",
                Set.of(AccessibilityFact.STEP_FREE_ENTRANCE, AccessibilityFact.ACCESSIBLE_TOILET),
                null,
                null));
        places.create(new PlaceDetails(
                tag + " B", "", "", "Lillån", null, null, "", Set.of(AccessibilityFact.HEARING_LOOP), null, null));
        places.create(new PlaceDetails(
                tag + " C", "", "", "Ekbacken", null, null, "", Set.of(AccessibilityFact.HEARING_LOOP), null, null));
        signOut();

        assertThat(names(new PlaceFilter("Lillån", Set.of()), tag)).containsExactly(tag + " A", tag + " B");
        assertThat(names(new PlaceFilter(null, Set.of(AccessibilityFact.HEARING_LOOP)), tag))
                .containsExactly(tag + " B", tag + " C");
        assertThat(names(
                        new PlaceFilter(
                                "Lillån",
                                Set.of(AccessibilityFact.STEP_FREE_ENTRANCE, AccessibilityFact.ACCESSIBLE_TOILET)),
                        tag))
                .containsExactly(tag + " A");
        assertThat(names(new PlaceFilter("Ekbacken", Set.of(AccessibilityFact.STEP_FREE_ENTRANCE)), tag))
                .isEmpty();
    }

    private List<String> names(PlaceFilter filter, String tag) {
        return places.published(filter).stream()
                .map(Place::name)
                .filter(n -> n.startsWith(tag))
                .toList();
    }

    @Test
    void anEditOnAnOutdatedVersionIsRefusedInsteadOfOverwritingTheOther() {
        staff();
        Place original = places.create(details(uniqueName("Kulturhuset"), "Västra hamnen"));
        Place first =
                places.update(original.id(), original.version(), details(original.name() + " 1", "Västra hamnen"));
        assertThat(first.version()).isGreaterThan(original.version());
        assertThatThrownBy(() -> places.update(
                        original.id(), original.version(), details(original.name() + " 2", "Västra hamnen")))
                .isInstanceOf(PlaceEditConflictException.class);
        assertThat(places.find(original.id()).orElseThrow().name()).isEqualTo(original.name() + " 1");
    }

    @Test
    void twoStaffSavingTheSameVersionAtOnceSaveOnlyOnce() throws Exception {
        TestAccounts.Created lina = staff();
        Place original = places.create(details(uniqueName("Samtidigt"), "Centrum"));
        int threads = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int n = i;
                Callable<Boolean> edit = () -> {
                    signIn(lina, Roles.STAFF);
                    start.await();
                    try {
                        places.update(
                                original.id(), original.version(), details(original.name() + " v" + n, "Centrum"));
                        return true;
                    } catch (PlaceEditConflictException e) {
                        return false;
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                };
                results.add(pool.submit(edit));
            }
            start.countDown();
            long saved = 0;
            for (Future<Boolean> result : results) {
                saved += result.get() ? 1 : 0;
            }
            assertThat(saved).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(places.find(original.id()).orElseThrow().version()).isEqualTo(original.version() + 1);
    }
}
