package se.brobygge.places.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static se.brobygge.places.PlaceTestData.details;
import static se.brobygge.places.PlaceTestData.uniqueName;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.identity.Roles;
import se.brobygge.places.Place;
import se.brobygge.places.PlaceService;
import se.brobygge.places.PlaceTestData;
import se.brobygge.support.KaribuTest;

/** The proposer changes their proposal while it waits; nobody else can; staff delete a place. */
class PlaceEditingKT extends KaribuTest {

    @Autowired
    PlaceService places;

    @Test
    void theProposerChangesTheirProposalAndOthersCannotOpenIt() {
        var sara = signIn("Sara", Roles.RESIDENT);
        Place proposal = places.propose(details(uniqueName("Föreningslokal"), "Norrby"));
        UI.getCurrent().navigate("places/propose");
        assertThat(_find(RouterLink.class).stream()
                        .filter(l -> l.hasClassName("edit-proposal"))
                        .count())
                .isEqualTo(1);
        UI.getCurrent().navigate("places/" + proposal.id() + "/edit");
        EditPlaceView view = _get(EditPlaceView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Ändra " + proposal.name());
        assertThat(_get(PlacePhotosEditor.class).isVisible())
                .as("photos can be added")
                .isTrue();
        PlaceForm form = _get(PlaceForm.class);
        form.name.setValue("X");
        view.save.click();
        assertThat(form.name.isInvalid()).isTrue();
        assertThat(places.find(proposal.id()).orElseThrow().name())
                .as("nothing saved")
                .isEqualTo(proposal.name());
        String renamed = uniqueName("Föreningslokalen");
        form.name.setValue(renamed);
        view.save.click();
        assertThat(PlaceTestData.as(sara, new String[] {Roles.RESIDENT}, () -> places.myProposals()))
                .extracting(Place::name)
                .contains(renamed);

        signOut();
        signIn("Erik", Roles.RESIDENT);
        UI.getCurrent().navigate("places/" + proposal.id() + "/edit");
        assertThat(_find(EditPlaceView.class)).isEmpty();
    }

    @Test
    void staffDeleteAPlaceAfterConfirming() {
        signIn("Lina", Roles.STAFF);
        Place place = places.create(details(uniqueName("Gamla fritidsgården"), "Centrum"));
        UI.getCurrent().navigate("staff/places");
        StaffPlacesView view = _get(StaffPlacesView.class);
        view.edit(place);
        view.delete.click();
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, false));
        assertThat(places.find(place.id())).isEmpty();
    }
}
