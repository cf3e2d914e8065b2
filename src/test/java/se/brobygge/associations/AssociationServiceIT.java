package se.brobygge.associations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.brobygge.associations.AssociationTestData.draft;
import static se.brobygge.associations.AssociationTestData.unique;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import se.brobygge.identity.OrganisationDirectory;
import se.brobygge.identity.OrganisationInfo;
import se.brobygge.identity.OrganisationKind;
import se.brobygge.identity.RepresentationService;
import se.brobygge.identity.RepresentativeRole;
import se.brobygge.identity.Roles;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.content.ContentHidden;
import se.brobygge.shared.content.ContentRef;
import se.brobygge.shared.content.ContentRestored;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.messaging.RelationshipSource;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.PublishedRecorder;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/** Registering, editing, verifying, suspending and finding associations; who may do what. */
@IntegrationTest
class AssociationServiceIT {

    @Autowired
    AssociationService associations;

    @Autowired
    AssociationLogoService associationLogos;

    @Autowired
    AssociationReviewService associationReview;

    @Autowired
    AssociationRepresentativeService associationRepresentatives;

    @Autowired
    RepresentationService representation;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PublishedRecorder published;

    @Autowired
    List<OrganisationDirectory> directories;

    @Autowired
    List<RelationshipSource> relationshipSources;

    @Autowired
    JoinRequestService requests;

    @Autowired
    ApplicationEventPublisher publisher;

    private AssociationId register(TestAccounts.Created who, AssociationDraft draft) {
        return RunAs.as(who, Roles.RESIDENT, () -> associations.register(draft));
    }

    private OrganisationInfo info(AssociationId id) {
        return directories.stream()
                .filter(d -> d.kind() == OrganisationKind.ASSOCIATION)
                .findFirst()
                .orElseThrow()
                .find(id.value())
                .orElseThrow();
    }

    @Test
    void aResidentRegistersBecomesChairAndCanEditAtOnceWithoutTheRoleYet() {
        TestAccounts.Created sara = accounts.create("Sara", Roles.RESIDENT);
        String name = unique("Norrby IF");
        AssociationId id = register(sara, draft(name));

        assertThat(info(id))
                .isEqualTo(new OrganisationInfo(OrganisationKind.ASSOCIATION, id.value(), name, false, false));
        Association shown = associations.find(id).orElseThrow();
        assertThat(shown.verified()).isFalse();
        assertThat(shown.organisationNumber()).matches("\\d{6}-\\d{4}");
        assertThat(RunAs.as(
                        sara,
                        Roles.RESIDENT,
                        () -> representation.represents(OrganisationKind.ASSOCIATION, id.value())))
                .isTrue();
        assertThat(RunAs.as(sara, Roles.RESIDENT, () -> associationRepresentatives.representatives(id)))
                .singleElement()
                .satisfies(r -> assertThat(r.role().name()).isEqualTo("CHAIR"));
        assertThat(published.contentsOf("associations")).anySatisfy(c -> {
            assertThat(c.ref()).isEqualTo(new ContentRef("associations", "profile", id.value()));
            assertThat(c.text()).contains(name).contains("fotboll");
            assertThat(c.authorAccountId()).isEqualTo(sara.id().value());
        });

        // she signed in as a resident only: representation counts at once, without a new login
        Association edited = RunAs.as(
                sara,
                Roles.RESIDENT,
                () -> associations.update(
                        id,
                        draft(name + " ungdom", shown.organisationNumber(), "Fotboll för tjejer och killar."),
                        shown.version()));
        assertThat(edited.name()).isEqualTo(name + " ungdom");
    }

    @Test
    void aRepresentativeOfOneAssociationCannotTouchAnother() {
        TestAccounts.Created sara = accounts.create("Sara", Roles.RESIDENT, Roles.ASSOCIATION_REP);
        TestAccounts.Created omar = accounts.create("Omar", Roles.RESIDENT, Roles.ASSOCIATION_REP);
        AssociationId a = register(sara, draft(unique("Förening A")));
        AssociationId b = register(omar, draft(unique("Förening B")));
        Association shownB = associations.find(b).orElseThrow();
        String[] rep = {Roles.RESIDENT, Roles.ASSOCIATION_REP};

        assertThatThrownBy(() -> RunAs.as(sara, rep, () -> associations.update(b, draft("Kapad"), shownB.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.as(
                        sara,
                        rep,
                        () -> associationRepresentatives.invite(
                                b, "x@test.brohamn.example", RepresentativeRole.EDITOR)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.as(sara, rep, () -> associationRepresentatives.representatives(b)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.as(sara, rep, () -> requests.inbox(b)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.as(sara, rep, () -> {
                    associationRepresentatives.removeRepresentative(b, omar.id());
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.as(sara, rep, () -> {
                    associationLogos.uploadLogo(b, new byte[] {1, 2, 3});
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(RunAs.as(sara, rep, () -> associations.canManage(a))).isTrue();
        assertThat(RunAs.as(sara, rep, () -> associations.canManage(b))).isFalse();
        assertThat(associations.find(b).orElseThrow().name()).isEqualTo(shownB.name());
    }

    @Test
    void badInputIsExplainedPerFieldAndNothingIsSaved() {
        TestAccounts.Created sara = accounts.create("Sara", Roles.RESIDENT);
        String number = AssociationTestData.organisationNumber();
        String wrongCheckDigit = number.substring(0, 10) + ((number.charAt(10) - '0' + 1) % 10);
        String name = unique("Felaktig förening");
        assertThatThrownBy(() -> register(
                        sara,
                        AssociationDraft.builder()
                                .name(name)
                                .organisationNumber(wrongCheckDigit)
                                .type(null)
                                .description(" ")
                                .languages(Set.of())
                                .areas(Set.of("Atlantis"))
                                .contactEmail("inte-en-adress")
                                .contactPhone(null)
                                .website("ftp://x")
                                .feeSek(new BigDecimal("-5"))
                                .meetingTimes(null)
                                .newcomerHelp(false)
                                .build()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .contains(
                                        "organisationNumber",
                                        "type",
                                        "description",
                                        "areas",
                                        "contactEmail",
                                        "website",
                                        "feeSek"));
        assertThat(associations.directory(new AssociationFilter(name, null, null, null, false, false)))
                .isEmpty();

        // the same number without hyphen is the same association
        register(sara, draft(unique("Första"), number, "Vi spelar schack."));
        assertThatThrownBy(() -> register(sara, draft(unique("Andra"), number.replace("-", ""), "Vi spelar schack.")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .containsExactly(new InvalidInputException.FieldError(
                                        "organisationNumber", "associations.validation.duplicate")));
    }

    @Test
    void anonymousVisitorsBrowseButCannotRegister() {
        assertThatThrownBy(() -> associations.register(draft("Anonym")))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(associations.directory(AssociationFilter.none())).isNotNull();
    }

    @Test
    void staffVerifyResidentsCannotAndVerifiedAssociationsAreTrusted() {
        TestAccounts.Created sara = accounts.create("Sara", Roles.RESIDENT);
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        AssociationId id = register(sara, draft(unique("Kulturföreningen")));
        assertThatThrownBy(() -> RunAs.as(sara, Roles.RESIDENT, () -> {
                    associationReview.verify(id);
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(RunAs.as(lina, Roles.STAFF, () -> associationReview.awaitingVerification()))
                .extracting(Association::id)
                .contains(id);

        RunAs.run(lina, Roles.STAFF, () -> associationReview.verify(id));

        assertThat(info(id).trusted()).isTrue();
        assertThat(associations.find(id).orElseThrow().verified()).isTrue();
        assertThat(published.notificationsTo(sara.id().value()))
                .anySatisfy(n -> assertThat(n.subjectKey()).isEqualTo("associations.mail.verified.subject"));
    }

    @Test
    void aSuspendedAssociationLeavesTheDirectoryAndItsRepresentativesSeeWhy() {
        TestAccounts.Created sara = accounts.create("Sara", Roles.RESIDENT);
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        String name = unique("Avstängda");
        AssociationId id = register(sara, draft(name));
        RunAs.run(lina, Roles.STAFF, () -> associationReview.suspend(id, "Organisationsnumret tillhör ett bolag."));

        assertThat(associations.directory(new AssociationFilter(name, null, null, null, false, false)))
                .isEmpty();
        assertThat(associations.find(id)).isEmpty();
        assertThat(info(id).suspended()).isTrue();
        assertThat(RunAs.as(sara, Roles.RESIDENT, () -> associations.find(id))
                        .orElseThrow()
                        .suspendedReason())
                .isEqualTo("Organisationsnumret tillhör ett bolag.");
        assertThat(published.notificationsTo(sara.id().value()))
                .anySatisfy(n -> assertThat(n.args()).contains("Organisationsnumret tillhör ett bolag."));

        RunAs.run(lina, Roles.STAFF, () -> associationReview.lift(id));
        assertThat(associations.find(id)).isPresent();
    }

    @Test
    void theDirectoryFindsInflectedSwedishWordsAndFilters() {
        TestAccounts.Created sara = accounts.create("Sara", Roles.RESIDENT);
        String marker = "m" + Long.toString(System.nanoTime(), 36);
        AssociationId football = register(
                sara,
                draft(
                        "Tjejfotboll " + marker,
                        AssociationTestData.organisationNumber(),
                        "Vi tränar med tjejerna i föreningarna i Norrby. " + marker));
        AssociationId choir = register(
                sara,
                AssociationDraft.builder()
                        .name("Kören " + marker)
                        .organisationNumber(AssociationTestData.organisationNumber())
                        .type(AssociationType.CULTURE)
                        .description("Vi sjunger tillsammans. " + marker)
                        .descriptionTranslations(Map.of(Language.ARABIC, "جوقة للجميع " + marker))
                        .languages(Set.of("ar"))
                        .areas(Set.of("Centrum"))
                        .contactEmail(null)
                        .contactPhone("040-123 45 67")
                        .website("https://koren.example")
                        .feeSek(new BigDecimal("200"))
                        .meetingTimes(null)
                        .newcomerHelp(false)
                        .build());

        assertThat(ids(new AssociationFilter("tjej förening " + marker, null, null, null, false, false)))
                .containsExactly(football);
        assertThat(ids(new AssociationFilter(marker, null, null, null, false, false)))
                .containsExactlyInAnyOrder(football, choir);
        assertThat(ids(new AssociationFilter(marker, AssociationType.CULTURE, null, null, false, false)))
                .containsExactly(choir);
        assertThat(ids(new AssociationFilter("جوقة " + marker, null, null, null, false, false)))
                .as("a word only in the Arabic description finds it")
                .containsExactly(choir);
        assertThat(ids(new AssociationFilter(marker, null, "Norrby", null, false, false)))
                .containsExactly(football);
        assertThat(ids(new AssociationFilter(marker, null, null, "ar", false, false)))
                .containsExactlyInAnyOrder(football, choir);
        assertThat(ids(new AssociationFilter(marker, null, null, null, true, false)))
                .containsExactly(football);
        assertThat(ids(new AssociationFilter(marker, null, null, null, false, true)))
                .containsExactly(football);
    }

    private List<AssociationId> ids(AssociationFilter filter) {
        return associations.directory(filter).stream().map(Association::id).toList();
    }

    @Test
    void aModeratorHidesTheDescriptionAndRestoresIt() {
        TestAccounts.Created sara = accounts.create("Sara", Roles.RESIDENT);
        String marker = "h" + Long.toString(System.nanoTime(), 36);
        AssociationId id = register(
                sara, draft("Dolda " + marker, AssociationTestData.organisationNumber(), "Olämplig text " + marker));
        publisher.publishEvent(new ContentHidden(new ContentRef("associations", "profile", id.value()), "Kränkande"));

        Association hidden = associations.find(id).orElseThrow();
        assertThat(hidden.description()).isEmpty();
        assertThat(hidden.descriptionTranslations()).isEmpty();
        assertThat(hidden.descriptionHidden()).isEqualTo("Kränkande");
        assertThat(hidden.name()).isEqualTo("Dolda " + marker);

        publisher.publishEvent(new ContentRestored(new ContentRef("associations", "profile", id.value())));
        assertThat(associations.find(id).orElseThrow().description()).isEqualTo("Olämplig text " + marker);
    }

    @Test
    void aLogoIsReencodedAndServedAndItsUploadGoesToModeration() throws Exception {
        TestAccounts.Created sara = accounts.create("Sara", Roles.RESIDENT);
        AssociationId id = register(sara, draft(unique("Logoföreningen")));
        var image = new BufferedImage(900, 300, BufferedImage.TYPE_INT_RGB);
        var bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", bytes);

        assertThatThrownBy(() -> RunAs.run(
                        sara,
                        Roles.RESIDENT,
                        () -> associationLogos.uploadLogo(id, "<svg onload=alert(1)>".getBytes())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().getFirst().messageKey())
                                .isEqualTo("associations.validation.logoType"));
        RunAs.run(sara, Roles.RESIDENT, () -> associationLogos.uploadLogo(id, bytes.toByteArray()));

        byte[] png = associationLogos.logo(id).orElseThrow();
        var read = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(read.getWidth()).isEqualTo(512);
        assertThat(associations.find(id).orElseThrow().logoShown()).isTrue();
        assertThat(published.contentsOf("associations"))
                .anySatisfy(c -> assertThat(c.ref()).isEqualTo(new ContentRef("associations", "logo", id.value())));

        publisher.publishEvent(new ContentHidden(new ContentRef("associations", "logo", id.value()), "Upphovsrätt"));
        assertThat(associationLogos.logo(id)).isEmpty();
        assertThat(associations.find(id).orElseThrow().logoShown()).isFalse();
    }

    @Test
    void aResidentWhoAskedAndTheRepresentativesMayWriteToEachOther() {
        TestAccounts.Created sara = accounts.create("Sara", Roles.RESIDENT);
        TestAccounts.Created amal = accounts.create("Amal", Roles.RESIDENT);
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        AssociationId id = register(sara, draft(unique("Samtalsföreningen")));
        RunAs.as(
                amal,
                Roles.RESIDENT,
                () -> requests.send(id, RequestKind.QUESTION, "Hur blir jag medlem?", "sv", ContactBy.PLATFORM, null));

        var source = relationshipSources.stream()
                .filter(s -> s.getClass().getSimpleName().startsWith("AssociationRelationships"))
                .findFirst()
                .orElseThrow();
        assertThat(source.between(amal.id().value(), sara.id().value()))
                .singleElement()
                .satisfies(r -> assertThat(r.link()).isEqualTo("/associations/" + id.value()));
        assertThat(source.between(sara.id().value(), amal.id().value())).hasSize(1);
        assertThat(source.between(erik.id().value(), sara.id().value())).isEmpty();
        assertThat(source.contactsOf(sara.id().value()))
                .extracting(RelationshipSource.Contact::accountId)
                .contains(amal.id().value())
                .doesNotContain(erik.id().value());
        assertThat(source.contactsOf(amal.id().value()))
                .extracting(RelationshipSource.Contact::accountId)
                .contains(sara.id().value());
    }
}
