package se.brobygge.places.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static se.brobygge.places.PlaceTestData.details;
import static se.brobygge.places.PlaceTestData.uniqueName;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.identity.Roles;
import se.brobygge.places.AccessibilityFact;
import se.brobygge.places.Place;
import se.brobygge.places.PlaceDetails;
import se.brobygge.places.PlaceFilter;
import se.brobygge.places.PlacePhotoService;
import se.brobygge.places.PlaceService;
import se.brobygge.places.PlaceStatus;
import se.brobygge.places.PlaceTestData;
import se.brobygge.shared.i18n.Language;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.TestAccounts;

/** The meeting-place pages: the public list and page, the staff form, and proposals. */
class PlacesKT extends KaribuTest {

    private static final String[] STAFF = {Roles.STAFF};

    @Autowired
    PlaceService places;

    @Autowired
    PlacePhotoService photos;

    private Place published(PlaceDetails details) {
        return PlaceTestData.as(accounts.create("Lina", Roles.STAFF), STAFF, () -> places.create(details));
    }

    @Test
    void theListShowsPublishedPlacesWithFactsAsTextAndFiltersByArea() {
        Place inLillan = published(details(uniqueName("Lilla biblioteket"), "Lillån"));
        Place inNorrby = published(new PlaceDetails(
                uniqueName("Norrbyhallen"), "", "Norrbyvägen 3", "Norrby", null, null, "", Set.of(), null, null));
        UI.getCurrent().navigate("places");
        PlacesView view = _get(PlacesView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Mötesplatser");
        assertThat(cardTexts())
                .anyMatch(t ->
                        t.contains(inLillan.name()) && t.contains("Entré utan trappsteg") && t.contains("Hörslinga"));
        assertThat(view.map.markers())
                .extracting(PlacesMap.Marker::name)
                .contains(inLillan.name())
                .as("no coordinates, no marker")
                .doesNotContain(inNorrby.name());

        view.area.setValue("Norrby");
        assertThat(cardTexts()).anyMatch(t -> t.contains(inNorrby.name())).noneMatch(t -> t.contains(inLillan.name()));
        assertThat(view.count.getText()).startsWith("Antal mötesplatser: ");

        view.area.clear();
        view.facts.setValue(Set.of(AccessibilityFact.HEARING_LOOP));
        assertThat(cardTexts()).anyMatch(t -> t.contains(inLillan.name())).noneMatch(t -> t.contains(inNorrby.name()));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Logga in om du vill föreslå en ny mötesplats.");
    }

    private static List<String> cardTexts() {
        return _find(ListItem.class).stream()
                .filter(li -> li.hasClassName("place-card"))
                .map(li -> li.getElement().getTextRecursively())
                .toList();
    }

    @Test
    void thePlacePageShowsDetailsPhotosAndNoEventsYet() {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        Place place = PlaceTestData.as(lina, STAFF, () -> places.create(details(uniqueName("Kulturhuset"), "Centrum")));
        PlaceTestData.as(lina, STAFF, () -> photos.upload(place.id(), PlaceTestData.jpeg(40, 30), "Ingången med ramp"));
        UI.getCurrent().navigate("places/" + place.id());
        assertThat(_get(H1.class).getText()).isEqualTo(place.name());
        String text = _get(PlaceView.class).getElement().getTextRecursively();
        assertThat(text)
                .contains(
                        "Storgatan 1",
                        "Måndag–fredag 10–18",
                        "Entré utan trappsteg",
                        "Hörslinga",
                        "kontakt@brohamn.example",
                        "040-123 45 67",
                        "Inga evenemang är inplanerade här ännu.");
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Tillgänglighet", "Kommande evenemang");
        Image image = _get(Image.class);
        assertThat(image.getAlt()).hasValue("Ingången med ramp");
        assertThat(image.getSrc()).matches("/images/places/\\d+\\.jpg");
    }

    @Test
    void thePlacePageSpeaksArabic() {
        Place place = published(details(uniqueName("Biblioteket"), "Centrum"));
        useLocale(Locale.forLanguageTag("ar"));
        UI.getCurrent().navigate("places/" + place.id());
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("إمكانية الوصول", "الفعاليات القادمة");
    }

    @Test
    void anUnknownOrUnpublishedPlaceIsNotFound() {
        TestAccounts.Created sara = accounts.create("Sara", Roles.RESIDENT);
        Place proposal = PlaceTestData.as(
                sara,
                new String[] {Roles.RESIDENT},
                () -> places.propose(details(uniqueName("Hemligt förslag"), "Norrby")));
        UI.getCurrent().navigate("places/" + proposal.id());
        assertThat(_find(H1.class).stream().map(H1::getText)).doesNotContain(proposal.name());
        UI.getCurrent().navigate("places/999999999");
        assertThat(_find(PlaceView.class)).isEmpty();
    }

    @Test
    void staffSeeFieldErrorsInSwedishAndNothingIsSaved() {
        signIn("Lina", Roles.STAFF);
        UI.getCurrent().navigate("staff/places");
        StaffPlacesView view = _get(StaffPlacesView.class);
        int before = places.all().size();
        view.form.name.setValue("X");
        view.form.contactEmail.setValue("inte-en-adress");
        view.save.click();
        assertThat(view.form.name.isInvalid()).isTrue();
        assertThat(view.form.name.getErrorMessage()).isEqualTo("Skriv ett namn på 2–120 tecken.");
        assertThat(view.form.area.getErrorMessage()).isEqualTo("Välj ett av kommunens områden.");
        assertThat(view.form.contactEmail.getErrorMessage()).startsWith("Skriv en giltig e-postadress");
        assertThat(places.all()).hasSize(before);
    }

    @Test
    void staffCreateAPlaceAndItIsPublished() {
        signIn("Lina", Roles.STAFF);
        UI.getCurrent().navigate("staff/places");
        StaffPlacesView view = _get(StaffPlacesView.class);
        String name = uniqueName("Nya träffpunkten");
        view.form.name.setValue(name);
        view.form.area.setValue("Ekbacken");
        view.form.openingHours.field(Language.SWEDISH).setValue("Onsdagar 17–20");
        view.form.facts.setValue(Set.of(AccessibilityFact.ACCESSIBLE_TOILET));
        view.save.click();
        NotificationsKt.expectNotifications(name + " är sparad.");
        assertThat(view.form.name.isInvalid()).isFalse();
        Place saved = places.published(PlaceFilter.ALL).stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(saved.details().openingHours()).isEqualTo("Onsdagar 17–20");
        assertThat(view.photoSection.isVisible())
                .as("photos can be added once the place exists")
                .isTrue();
    }

    @Test
    void whenSomeoneElseSavedFirstStaffAreToldAndNothingIsOverwritten() {
        TestAccounts.Created lina = signIn("Lina", Roles.STAFF);
        Place place = places.create(details(uniqueName("Konflikthuset"), "Centrum"));
        UI.getCurrent().navigate("staff/places");
        StaffPlacesView view = _get(StaffPlacesView.class);
        view.edit(place);
        // a colleague saves the same place meanwhile
        places.update(place.id(), place.version(), details(place.name() + " (kollegans)", "Centrum"));

        view.form.name.setValue(place.name() + " (min)");
        view.save.click();
        NotificationsKt.expectNotifications("Någon annan har ändrat mötesplatsen medan du arbetade. Dina ändringar är"
                + " inte sparade. Den senaste versionen visas i listan – öppna den och gör om ändringen.");
        assertThat(places.find(place.id()).orElseThrow().name()).isEqualTo(place.name() + " (kollegans)");
        assertThat(lina).isNotNull();
    }

    @Test
    void aResidentProposesAndStaffApproveFromTheStaffView() {
        signIn("Sara", Roles.RESIDENT);
        UI.getCurrent().navigate("places/propose");
        ProposePlaceView propose = _get(ProposePlaceView.class);
        String name = uniqueName("Föreningsgården");
        propose.form.name.setValue(name);
        propose.form.area.setValue("Söderdal");
        propose.send.click();
        assertThat(propose.result.getText())
                .isEqualTo("Tack! Förslaget " + name + " granskas nu av kommunens personal.");
        assertThat(_find(RouterLink.class).stream().map(RouterLink::getText)).contains(name);
        assertThat(_find(Span.class).stream().map(Span::getText)).contains(" – Förslag – väntar på granskning");

        signOut();
        signIn("Lina", Roles.STAFF);
        UI.getCurrent().navigate("staff/places");
        StaffPlacesView view = _get(StaffPlacesView.class);
        Place proposal = places.all().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow();
        view.grid.asSingleSelect().setValue(proposal);
        assertThat(view.approve.isVisible()).isTrue();
        view.reject.click();
        assertThat(view.reason.getErrorMessage()).isEqualTo("Skriv varför förslaget avböjs.");
        view.approve.click();
        assertThat(places.find(proposal.id()).orElseThrow().status()).isEqualTo(PlaceStatus.PUBLISHED);
        assertThat(view.approve.isVisible()).isFalse();
    }

    @Test
    void anonymousVisitorsCannotOpenTheProposalForm() {
        UI.getCurrent().navigate("places/propose");
        assertThat(_find(ProposePlaceView.class)).isEmpty();
    }
}
