package se.brobygge.places.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import se.brobygge.places.Place;
import se.brobygge.places.PlaceService;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.ui.Written;

/** A signed-in resident (e.g. for an association) proposes a meeting place; staff review it. */
@Route("places/propose")
@PermitAll
class ProposePlaceView extends Main implements HasDynamicTitle {

    private final PlaceService places;
    final PlaceForm form;
    final Button send = new Button();
    final Paragraph result = new Paragraph();
    final UnorderedList mine = new UnorderedList();

    ProposePlaceView(PlaceService places) {
        this.places = places;
        addClassName("narrow-view");
        add(new H1(getTranslation("places.propose.title")));
        add(new Paragraph(getTranslation("places.propose.intro")));
        form = new PlaceForm(places.areas());
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        send.setText(getTranslation("places.propose.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> send());
        result.getElement().setAttribute("role", "status");
        add(form, send, result, new H2(getTranslation("places.propose.mine")), mine);
        showMine();
    }

    private void send() {
        try {
            Place proposed = places.propose(form.read());
            form.clear();
            result.setText(getTranslation("places.propose.sent", proposed.name()));
            showMine();
        } catch (InvalidInputException e) {
            result.setText("");
            form.show(e);
        }
    }

    private void showMine() {
        mine.removeAll();
        var proposals = places.myProposals();
        if (proposals.isEmpty()) {
            mine.add(new ListItem(getTranslation("places.propose.none")));
        }
        for (Place place : proposals) {
            mine.add(new ListItem(
                    Written.text(new RouterLink(
                            place.name(),
                            PlaceView.class,
                            new RouteParameters(PlaceView.ID, place.id().toString()))),
                    new Span(" – " + getTranslation("places.status." + place.status())),
                    editLink(place)));
        }
    }

    private Component editLink(Place place) {
        if (!places.mayEdit(place.id())) {
            return new Span();
        }
        RouterLink edit = new RouterLink(
                getTranslation("places.edit.link"),
                EditPlaceView.class,
                new RouteParameters("id", place.id().toString()));
        edit.getElement().setAttribute("aria-label", getTranslation("places.edit.title", place.name()));
        edit.addClassName("edit-proposal");
        return new Span(new Span(" · "), edit);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("places.propose.title") + " – Brobygge";
    }
}
