package se.brobygge.places.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The meeting places on a Leaflet map (a small Lit component in {@code frontend/places-map.ts}).
 * Leaflet comes from npm; Vaadin's own map is a commercial component. The tiles come from the
 * configured tile server. The list of places is the accessible alternative to the map.
 */
@Tag("places-map")
@NpmPackage(value = "leaflet", version = "1.9.4")
@NpmPackage(value = "@types/leaflet", version = "1.9.20", dev = true)
@JsModule("./places-map.ts")
class PlacesMap extends Component {

    private List<Marker> markers = List.of();

    /** What the browser needs to draw one marker. */
    record Marker(long id, String name, double latitude, double longitude) {}

    PlacesMap(String tileUrl, String attribution) {
        getElement().setProperty("tileUrl", tileUrl);
        getElement().setProperty("attribution", attribution);
        getElement().setProperty("label", getTranslation("places.map.label"));
        getElement().setProperty("zoomInLabel", getTranslation("places.map.zoomIn"));
        getElement().setProperty("zoomOutLabel", getTranslation("places.map.zoomOut"));
    }

    void setMarkers(List<Marker> markers) {
        this.markers = List.copyOf(markers);
        getElement().setPropertyList("markers", markers);
    }

    List<Marker> markers() {
        return markers;
    }

    /** A marker was clicked or activated with the keyboard. */
    void addPlaceSelectedListener(LongConsumer listener) {
        getElement()
                .addEventListener(
                        "place-selected",
                        e -> listener.accept(
                                e.getEventData().get("event.detail.id").asLong()))
                .addEventData("event.detail.id");
    }
}
